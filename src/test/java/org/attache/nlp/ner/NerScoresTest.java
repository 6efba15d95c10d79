package org.attache.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NerScoresTest {

    @Test
    void precisionRecallAndF1PerTypeAndOverall() {
        NerScores s = new NerScores(Map.of(
                "PERSON", new NerScores.Counts(8, 2, 0),
                "LOCATION", new NerScores.Counts(1, 0, 3)));
        assertEquals(0.8, s.byType().get("PERSON").precision(), 1e-9);
        assertEquals(1.0, s.byType().get("PERSON").recall(), 1e-9);
        assertEquals(0.25, s.byType().get("LOCATION").recall(), 1e-9);
        assertEquals(0.4, s.byType().get("LOCATION").f1(), 1e-9);
        NerScores.Counts all = s.overall();
        assertEquals(9.0 / 11, all.precision(), 1e-9);
        assertEquals(9.0 / 12, all.recall(), 1e-9);
        String table = s.table("type");
        assertTrue(table.contains("PERSON              8  0.800  1.000  0.889"), table);
        assertEquals(0, new NerScores.Counts(0, 0, 0).f1());
    }
}
