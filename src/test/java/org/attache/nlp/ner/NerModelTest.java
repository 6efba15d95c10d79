package org.attache.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.attache.model.SpanAssertions.assertInside;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.nlp.EntityTagger;
import org.attache.nlp.NamedEntity;
import org.attache.nlp.NlpModels;
import org.attache.nlp.Segmenter;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model (models/ner-en-attache.bin, on the classpath as /models/...). */
class NerModelTest {

    private static NerModel model;
    private static Segmenter segmenter;

    @BeforeAll
    static void load() {
        model = NerModel.loadDefault().orElseThrow(() -> new AssertionError("shipped model missing"));
        segmenter = new Segmenter(NlpModels.sentenceModel(), NlpModels.tokenizerModel());
    }

    private static List<String> tag(String text) {
        return tag(model.newTagger(), text);
    }

    private static List<String> tag(EntityTagger tagger, String text) {
        List<String> out = new ArrayList<>();
        for (NamedEntity e : tagger.tag(text, segmenter.segment(text))) {
            out.add(e.type() + " " + e.span().start() + "-" + e.span().end() + " " + e.span().of(text));
        }
        return out;
    }

    @Test
    void aPageLongSentenceIsTaggedInLinearTimeAndToItsEnd() {
        // a page without full stops is one "sentence"; beam search over it whole is quadratic
        StringBuilder text = new StringBuilder();
        List<TextSpan> tokens = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            tokens.add(new TextSpan(text.length(), text.length() + 5));
            text.append("words ");
        }
        int names = text.length();
        for (String word : "Jens Stoltenberg met Joe Biden in Brussels".split(" ")) {
            tokens.add(new TextSpan(text.length(), text.length() + word.length()));
            text.append(word).append(' ');
        }
        String page = text.toString();
        List<Sentence> one = List.of(new Sentence(new TextSpan(0, page.length() - 1), tokens));
        List<NamedEntity> found = Assertions.assertTimeout(Duration.ofSeconds(20),
                () -> model.newTagger().tag(page, one));
        assertTrue(found.stream().anyMatch(e -> e.type().equals("PERSON") && e.span().start() == names
                && e.span().of(page).equals("Jens Stoltenberg")), found.toString());
    }

    @Test
    void findsPeopleOrganisationsAndPlaces() {
        assertEquals(List.of(
                        "ORGANIZATION 0-4 NATO",
                        "PERSON 23-39 Jens Stoltenberg",
                        "PERSON 44-53 Joe Biden",
                        "LOCATION 57-65 Brussels"),
                tag("NATO Secretary General Jens Stoltenberg met Joe Biden in Brussels."));
    }

    @Test
    void findsNamesInADefenceNewsSentence() {
        assertEquals(List.of("PERSON 26-37 Ben Wallace", "ORGANIZATION 47-66 Ministry of Defence",
                        "LOCATION 93-100 Estonia"),
                tag("British Defence Secretary Ben Wallace said the Ministry of Defence would send more "
                        + "troops to Estonia."));
    }

    @Test
    void modelHasNameAndHash() {
        assertEquals("ner-en-attache.bin", model.name());
        assertTrue(model.sha256().matches("[0-9a-f]{64}"), model.sha256());
    }

    @Test
    void randomTextNeverThrowsAndSpansStayInRange() {
        Random random = new Random(42);
        String[] words = {"NATO", "the", "Russia", "said", "Mr.", "\"", "Biden", ",", "al-", "Qaeda", "\n\n",
                "Secretary", "of", "State", "é", "", " ", "U.S.", "(", ")", "'s", "42", "Kyiv", "—"};
        EntityTagger tagger = model.newTagger();
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            String text = sb.toString();
            List<Sentence> sentences = segmenter.segment(text);
            for (NamedEntity e : tagger.tag(text, sentences)) {
                assertInside(e.span(), text, text);
                assertTrue(e.span().length() > 0, text);
                assertTrue(e.probability() >= 0 && e.probability() <= 1, text);
            }
        }
    }

    @Test
    void oneModelServesSeveralThreads() throws Exception {
        String text = "NATO Secretary General Jens Stoltenberg met Joe Biden in Brussels.";
        List<Sentence> sentences = segmenter.segment(text); // the Segmenter itself is per-thread
        List<NamedEntity> expected = model.newTagger().tag(text, sentences);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<NamedEntity>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    EntityTagger tagger = model.newTagger();
                    List<NamedEntity> last = null;
                    for (int k = 0; k < 20; k++) {
                        last = tagger.tag(text, sentences);
                    }
                    return last;
                }));
            }
            assertEquals(4, expected.size());
            for (Future<List<NamedEntity>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void tagsAreSpansIntoTheGivenText() {
        String text = "Intro line\n\nPresident Emmanuel Macron spoke in Paris.";
        for (NamedEntity e : model.newTagger().tag(text, segmenter.segment(text))) {
            TextSpan s = e.span();
            assertTrue(s.start() >= 12, "span " + s + " before the second paragraph");
        }
    }
}
