package org.attache.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteWordsTest {

    /** Invented text whose windows start and end inside "U.S.", "Lt.", "D-Calif.", "said.He" and the like. */
    private static final String EDGES = "Lt. Gen. Ada Brin (D-Calif.) told U.S. officials: \"We're ready,\" "
            + "she said.He went on; Rock & Roll Inc. and H. Quill's 4-3 win, Nov. 5 -- e.g. x-ray.";

    @Test
    void everyWindowSliceIsTheWindowCutAlone() {
        assertEveryWindowAgrees(EDGES);
    }

    @Test
    void everyWindowAgreesOnRandomTextOfWordsJoinersAndMarks() {
        Random random = new Random(20);
        String[] pieces = {"a", "B", "U", "S", "Lt", "ky", "7", ".", "-", "'", "\u2019", "&", " ", "  ", "\n",
            ",", "\"", "(", ")", "e\u0301"};
        for (int k = 0; k < 150; k++) {
            StringBuilder b = new StringBuilder();
            int n = 5 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEveryWindowAgrees(b.toString());
        }
    }

    @Test
    void servesOnlyTheTextItCutAndOnlyWhileTheStageRuns() {
        String text = new String("Sen. Ada Brin said.");
        String equalCopy = new String(text);
        QuoteWords.over(text, () -> {
            assertSame(QuoteWords.openFor(text), QuoteWords.openFor(text));
            assertEquals(null, QuoteWords.openFor(equalCopy));
            List<Tok> words = Tokens.of(text, 0, text.length());
            assertEquals(Tokens.cut(text, 0, text.length()), words);
            assertNotSame(words, Tokens.of(text, 0, text.length()), "each caller gets its own list");
            return null;
        });
        assertEquals(null, QuoteWords.openFor(text));
    }

    private static void assertEveryWindowAgrees(String text) {
        QuoteWords.over(text, () -> {
            QuoteWords layer = QuoteWords.openFor(text);
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    int a = from;
                    int b = to;
                    assertEquals(Tokens.cut(text, a, b), layer.slice(a, b),
                            () -> "window [" + a + ", " + b + ") of \"" + text + "\": \"" + text.substring(a, b) + "\"");
                }
            }
            return null;
        });
    }
}
