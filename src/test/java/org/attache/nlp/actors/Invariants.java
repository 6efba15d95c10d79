package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.attache.model.SpanAssertions.assertCovers;

import java.util.List;
import org.attache.model.Mention;

/** The span invariants every recognizer output must keep, checked by every test. */
final class Invariants {

    private Invariants() {
    }

    static void check(String text, List<Mention> mentions) {
        Mention previous = null;
        for (Mention m : mentions) {
            assertCovers(m.span(), text, m.text(), m);
            assertTrue(m.span().length() > 0, "non-empty: " + m);
            assertTrue(m.confidence() > 0 && m.confidence() <= 1, "confidence in (0, 1]: " + m);
            assertTrue(!m.actor().isBlank(), "actor named: " + m);
            if (previous != null) {
                assertTrue(previous.compareTo(m) <= 0, "sorted: " + previous + " before " + m);
            }
            previous = m;
        }
    }
}
