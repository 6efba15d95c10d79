package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.turns;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.model.ActorType;
import org.attache.model.BlockQuote;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Seeded random text full of quotation marks: never throws, every span fits and covers its text. */
class QuotationsPropertyTest {

    private static final String[] PIECES = {
        "\"", "“", "”", "‘", "’", "'", "''", "«", "»", "„", "‹", "›", " ", " ", " ", "\n", "\n\n", ",", ".", ":",
        "—", "said", "he", "she", "they", "according to", "Mr.", "NATO", "Jens Stoltenberg", "Stoltenberg",
        "Russia’s", "officials", "the", "a senior official", "PRESIDENT BIDEN:", "Q ", "we", "will", "defend",
        "so-called", "(Laughter.)", "U.S.", "Lt.", "who", "that", "added", "told", "warned", "‘90s", "x", "\u00A0"
    };

    @Test
    void randomTextNeverBreaksTheInvariants() {
        Random random = new Random(20240611L);
        for (int round = 0; round < 400; round++) {
            String text = randomText(random, 1 + random.nextInt(120));
            CleanDocument d = random.nextBoolean() ? doc(text) : doc(text, randomBlocks(random, text));
            find(d, randomMentions(random, text));
            turns(d, List.of());
        }
    }

    @Test
    void oneQuotationsObjectServesManyThreads() throws Exception {
        String text = "Jens Stoltenberg opened the summit. “We are united,” he said. \"Russia must pay,\" "
                + "said NATO spokesperson Oana Lungescu.";
        List<Quote> expected = find(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Quote>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> QuoteCheck.QUOTATIONS.newQuoteFinder().find(doc(text), List.of(),
                        List.of())));
            }
            for (Future<List<Quote>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) == 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static List<BlockQuote> randomBlocks(Random random, String text) {
        List<BlockQuote> out = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            int a = random.nextInt(text.length() + 1);
            int b = a + random.nextInt(text.length() - a + 1);
            int c = b + random.nextInt(text.length() - b + 1);
            out.add(new BlockQuote(new TextSpan(a, b), random.nextBoolean()
                    ? java.util.Optional.of(new TextSpan(b, c)) : java.util.Optional.empty()));
        }
        return out;
    }

    private static List<Mention> randomMentions(Random random, String text) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            int a = random.nextInt(text.length() + 1);
            int b = a + random.nextInt(Math.min(20, text.length() - a) + 1);
            ActorType type = ActorType.values()[random.nextInt(ActorType.values().length)];
            out.add(QuoteCheck.mention(text, a, b, "Actor " + i, type));
        }
        return out;
    }
}
