package org.attache.nlp.maxent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import opennlp.tools.ml.model.MaxentModel;
import org.attache.nlp.NlpModels;
import org.junit.jupiter.api.Test;

/** The fence itself: the pinned OpenNLP passes, anything not laid out as a GIS model of it does not. */
class OpenNlpFenceTest {

    @Test
    void thePinnedOpenNlpIsTheReproducedRelease() {
        assertTrue(OpenNlpFence.releaseMatches(), "OpenNLP " + OpenNlpFence.runningRelease()
                + ": check the fast copies against it (docs/opennlp-speedups.md), then update REPRODUCED_RELEASE");
    }

    @Test
    void theShippedTokenizerModelIsReadByTypeAndShape() {
        MaxentModel model = NlpModels.tokenizerModel().getMaxentModel();
        OpenNlpFence.GisLayout layout = OpenNlpFence.layout(model, "tokenizer").orElseThrow();
        assertEquals(model.getNumOutcomes(), layout.outcomes().length);
        assertArrayEquals(new String[] {model.getOutcome(0), model.getOutcome(1)}, layout.outcomes());
        assertTrue(!layout.predicates().isEmpty());
    }

    @Test
    void whatIsNotAGisModelIsRefused() {
        assertTrue(OpenNlpFence.layout("not a model", "test").isEmpty());
        assertTrue(OpenNlpFence.layout(null, "test").isEmpty());
    }
}
