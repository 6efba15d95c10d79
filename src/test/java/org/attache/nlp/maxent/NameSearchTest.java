package org.attache.nlp.maxent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.attache.model.Sentence;
import org.attache.nlp.NlpModels;
import org.attache.nlp.Segmenter;
import org.attache.nlp.ner.NerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our search must find exactly what OpenNLP's NameFinderME finds with the shipped model: the same
 * features, the same names, the same probabilities to the last bit.
 */
class NameSearchTest {

    private static TokenNameFinderModel openNlp;
    private static FastNameFinderModel fast;
    private static List<List<String[]>> corpus;

    @BeforeAll
    static void load() throws IOException {
        byte[] bytes;
        try (InputStream in = NameSearchTest.class.getResourceAsStream(NerModel.DEFAULT_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        openNlp = new TokenNameFinderModel(new ByteArrayInputStream(bytes));
        fast = new FastNameFinderModel(new ByteArrayInputStream(bytes));
        corpus = sampleCorpus();
    }

    /** The sample corpus's documents as windows of tokens, as the tagger hands them to the finder. */
    private static List<List<String[]>> sampleCorpus() throws IOException {
        Segmenter segmenter = new Segmenter(NlpModels.sentenceModel(), NlpModels.tokenizerModel());
        List<List<String[]>> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.sorted().filter(p -> !p.getFileName().toString().equals("SOURCES.md")).toList()) {
                String text = Files.readString(f);
                List<String[]> windows = new ArrayList<>();
                for (Sentence s : segmenter.segment(text)) {
                    windows.add(s.tokens().stream().map(t -> t.of(text)).toArray(String[]::new));
                }
                docs.add(windows);
            }
        }
        return docs;
    }

    @Test
    void theShippedModelIsSearchedByOurs() {
        assertTrue(fast.newFinder() instanceof NameSearch);
    }

    @Test
    void featuresAreOpenNlpsStringsInOpenNlpsOrder() {
        NameContextGenerator context = openNlp.getFactory().createContextGenerator();
        Map<String, String> previous = new HashMap<>();
        WordFeatureCache words = new WordFeatureCache();
        Random random = new Random(7);
        List<String[]> windows = new ArrayList<>(corpus.get(3).subList(0, 40));
        for (int k = 0; k < 300; k++) {
            windows.add(randomTokens(random));
        }
        String[] outcomes = {"other", "person-start", "person-cont", "organization-start"};
        for (String[] tokens : windows) {
            NameFeatures ours = new NameFeatures(tokens, words);
            for (int i = 0; i < tokens.length; i++) {
                String[] preds = new String[i];
                for (int j = 0; j < i; j++) {
                    preds[j] = outcomes[random.nextInt(outcomes.length)];
                }
                FeatureStrings strings = new FeatureStrings();
                ours.generated(i, previous, strings);
                ours.previousOutcomes(i, i > 0 ? preds[i - 1] : "other", i > 1 ? preds[i - 2] : "other", strings);
                assertEquals(Arrays.asList(context.getContext(i, tokens, preds, null)), strings.features(),
                        "token " + i + " of " + Arrays.toString(tokens));
            }
            String[] tagged = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                tagged[i] = outcomes[random.nextInt(outcomes.length)];
                previous.put(tokens[i], tagged[i]);
            }
            context.updateAdaptiveData(tokens, tagged);
        }
    }

    @Test
    void namesAndProbabilitiesAreOpenNlpsOnTheSampleCorpus() {
        NameFinderME reference = new NameFinderME(openNlp);
        NameSearch ours = (NameSearch) fast.newFinder();
        int names = 0;
        for (List<String[]> doc : corpus) {
            reference.clearAdaptiveData();
            ours.clearAdaptiveData();
            for (String[] window : doc) {
                Span[] expected = reference.find(window);
                Span[] actual = ours.find(window);
                assertEquals(describe(expected), describe(actual), Arrays.toString(window));
                names += expected.length;
            }
        }
        assertTrue(names > 300, "the corpus has names: " + names);
    }

    @Test
    void randomTokensGiveOpenNlpsNames() {
        NameFinderME reference = new NameFinderME(openNlp);
        NameSearch ours = (NameSearch) fast.newFinder();
        Random random = new Random(11);
        for (int k = 0; k < 400; k++) {
            String[] tokens = randomTokens(random);
            assertEquals(describe(reference.find(tokens)), describe(ours.find(tokens)), Arrays.toString(tokens));
        }
    }

    private static List<String> describe(Span[] spans) {
        return Arrays.stream(spans)
                .map(s -> s.getStart() + "-" + s.getEnd() + " " + s.getType() + " " + Double.doubleToLongBits(s.getProb()))
                .toList();
    }

    private static final String[] WORDS = {"NATO", "Biden", "the", "said", "Mr.", "Jens", "Stoltenberg", "of",
        "U.S.", "2024", "12", "e-mail", "Kyiv", "\"", ",", ".", "EU's", "Al-Qaeda", "ÉTAT", "ß", "日本", "ひらがな",
        "カタカナ", "😀x", "x-1/2", "1,000", "3.5", "A", "ab12", "McDonald", "O'Brien", "Ministry", "Defence",
        "https://nato.int/a?b=c", "--", "(", ")", "İstanbul", "ǅ", "\u00a0", "Russia", "Ukraine", "Mark", "Rutte"};

    private static String[] randomTokens(Random random) {
        String[] tokens = new String[1 + random.nextInt(25)];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = random.nextInt(5) == 0 ? randomWord(random) : WORDS[random.nextInt(WORDS.length)];
        }
        return tokens;
    }

    private static String randomWord(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(12);
        String alphabet = "aAbBzZ09-./,'\"_éÉ日\uD83D\uDE00";
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
