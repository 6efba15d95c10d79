package org.attache.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quoted terms, names and titles against quoted words. */
class ScareQuotesTest {

    @Test
    void aWorkNamedRightBeforeTheMarksIsItsTitle() {
        assertTrue(ScareQuotes.notAQuotation("Lanterns on the Quay", "She starred in the film ", false, false));
        assertTrue(ScareQuotes.notAQuotation("Tides of Ashton", "The panel praised the report ", true, false));
    }

    @Test
    void aWorkBeforeACommaOrColonIsTheSourceOfTheWordsThatFollow() {
        String words = "Ferry fares rose by a third while the timetable shrank, and nobody was asked.";
        assertFalse(ScareQuotes.notAQuotation(words, "According to the report, ", false, false));
        assertFalse(ScareQuotes.notAQuotation(words, "From the newspaper: ", false, false));
    }

    @Test
    void namingVerbsTakeACommaToo() {
        assertTrue(ScareQuotes.notAQuotation("Quiet Waters", "a memo titled, ", false, false));
        assertTrue(ScareQuotes.notAQuotation("harbour tax", "what critics call the so-called ", true, false));
    }

    @Test
    void capitalisedWordsOpeningAReportedSentenceAreAQuotation() {
        assertFalse(ScareQuotes.notAQuotation("Madam Chair,", "", true, false));
        assertTrue(ScareQuotes.notAQuotation("Madam Chair,", "", false, false));
        assertTrue(ScareQuotes.notAQuotation("Harbour Lights,", "On the set of ", true, false));
    }

    @Test
    void capitalisedWordsHoldingASentenceBreakAreNoTitle() {
        assertFalse(ScareQuotes.notAQuotation("The Captain. Our Captain.", " ", false, false));
        assertTrue(ScareQuotes.notAQuotation("Mr. Quill Goes North", "a comedy, ", false, false));
    }
}
