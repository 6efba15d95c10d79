package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attache.model.Mention;

/** The span invariants every recognizer output must keep, checked by every test. */
final class Invariants {

    private Invariants() {
    }

    static void check(String text, List<Mention> mentions) {
        Mention previous = null;
        for (Mention m : mentions) {
            assertTrue(m.span().start() >= 0 && m.span().end() <= text.length(), "span in range: " + m);
            assertTrue(m.span().length() > 0, "non-empty: " + m);
            assertEquals(text.substring(m.span().start(), m.span().end()), m.text(), "text is the covered text");
            assertTrue(m.confidence() > 0 && m.confidence() <= 1, "confidence in (0, 1]: " + m);
            assertTrue(!m.actor().isBlank(), "actor named: " + m);
            if (previous != null) {
                assertTrue(previous.compareTo(m) <= 0, "sorted: " + previous + " before " + m);
            }
            previous = m;
        }
    }
}
