package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.model.Mention;
import org.attache.model.TextSpan;
import org.attache.nlp.EntityTagger;
import org.attache.nlp.NamedEntity;
import org.junit.jupiter.api.Test;

/** Random text, names and model spans (seeded): never throws, spans in range, text is the covered text. */
class ActorResolverPropertyTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final String[] PIECES = {
        "NATO", "Nato", "the Alliance", "US", "us", "U.S.", "U.S", "Russia", "Russia's", "Russia\u2019s", "Russian",
        "President", "Mr.", "Biden", "Joe Biden", "Hunter", "May", "Theresa May", "Brussels", "al-Qaeda", "Erdoğan",
        "the", "and", "said", ".", ",", "'", "\u2019", "\"", "-", "\n", "\n\n", " ", "  ", "\t", "é", "\u0301", "😀",
        "IS", "WHO", "THE", "Stoltenberg", "Jens", "State Department", "USA Today", "Native", "Americans", "x", "7",
        "G7", "APT28", "(", ")", "Sondland", "Gordon", "Ambassador", "Mrs", "\u00A0", "\r\n", "ÇA", "ß", "İ",
        "K.", "K", "Rivo-PL", "-", "Committee", "Plan", "KVDG", "Says", "Secretary", "in", "of", "Iraq", "Anna",
        "Kowalczyk", "Kestrel Valley Defense Group", "1"};

    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** A model that tags random spans, including empty, reversed-looking and out-of-range ones. */
    private static EntityTagger randomTagger(Random r) {
        String[] types = {NamedEntity.PERSON, NamedEntity.ORGANIZATION, NamedEntity.LOCATION, "MISC"};
        return (text, sentences) -> {
            List<NamedEntity> out = new ArrayList<>();
            for (int i = 0; i < r.nextInt(6); i++) {
                int a = r.nextInt(text.length() + 5);
                int b = a + r.nextInt(20);
                out.add(new NamedEntity(new TextSpan(a, b), types[r.nextInt(types.length)], r.nextDouble() * 1.5));
            }
            return out;
        };
    }

    @Test
    void randomTextNeverBreaksTheInvariants() {
        Random r = new Random(20240611L);
        for (int i = 0; i < 3000; i++) {
            String text = randomText(r);
            EntityTagger tagger = r.nextBoolean() ? randomTagger(r) : null;
            List<Mention> found = new ActorResolver(GAZETTEER, Optional.ofNullable(tagger)).find(text, List.of());
            Invariants.check(text, found);
        }
    }

    @Test
    void oneGazetteerSharedByThreadsGivesTheSameAnswers() throws Exception {
        Random r = new Random(7L);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add(randomText(r));
        }
        Actors actors = Actors.of(GAZETTEER, null);
        List<List<Mention>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(actors.newRecognizer().find(t, List.of()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Mention>>>> runs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                runs.add(pool.submit(() -> {
                    var recognizer = actors.newRecognizer();
                    List<List<Mention>> out = new ArrayList<>();
                    for (String t : texts) {
                        out.add(recognizer.find(t, List.of()));
                    }
                    return out;
                }));
            }
            for (Future<List<List<Mention>>> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
