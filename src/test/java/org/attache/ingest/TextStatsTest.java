package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextStatsTest {

    @Test
    void firstNonBlankSkipsMissingAndBlankValues() {
        assertEquals("Harbour Gazette", TextStats.firstNonBlank(null, " \t", "  Harbour Gazette ", "Other"));
        assertEquals("", TextStats.firstNonBlank(null, " "));
    }

    @Test
    void wordsAreRunsOfLettersOrDigits() {
        assertEquals(7, TextStats.words("NATO's 32 allies met, in Vilnius."));
        assertEquals(0, TextStats.words(" -- | • "));
    }

    @Test
    void unspacedScriptsCountTwoCharactersAWord() {
        assertEquals(1, TextStats.words("首页"), "a menu entry stays short");
        assertEquals(7, TextStats.words("国防部今天发布了新的安全指南。"), "a sentence is not one word");
        assertEquals(3, TextStats.words("ニュース一覧"));
    }

    @Test
    void fullWidthStopsEndSentences() {
        assertTrue(TextStats.endsLikeSentence("国防部今天发布了新的安全指南。"));
        assertTrue(TextStats.endsLikeSentence("「大臣は同意した。」"));
        assertFalse(TextStats.endsLikeSentence("ニュース一覧"));
    }
}
