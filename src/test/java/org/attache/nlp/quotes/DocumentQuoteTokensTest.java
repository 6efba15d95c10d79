package org.attache.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentQuoteTokensTest {

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
        DocumentQuoteTokens.over(text, () -> {
            assertSame(DocumentQuoteTokens.openFor(text), DocumentQuoteTokens.openFor(text));
            assertEquals(null, DocumentQuoteTokens.openFor(equalCopy));
            List<QuoteToken> words = QuoteTokenizer.of(text, 0, text.length());
            assertEquals(QuoteTokenizer.cut(text, 0, text.length()), words);
            assertNotSame(words, QuoteTokenizer.of(text, 0, text.length()), "each caller gets its own list");
            return null;
        });
        assertEquals(null, DocumentQuoteTokens.openFor(text));
    }

    private static void assertEveryWindowAgrees(String text) {
        DocumentQuoteTokens.over(text, () -> {
            DocumentQuoteTokens layer = DocumentQuoteTokens.openFor(text);
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    int a = from;
                    int b = to;
                    assertEquals(QuoteTokenizer.cut(text, a, b), layer.slice(a, b),
                            () -> "window [" + a + ", " + b + ") of \"" + text + "\": \"" + text.substring(a, b) + "\"");
                }
            }
            return null;
        });
    }
}
