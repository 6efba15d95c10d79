package org.attache.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words and punctuation: where a period ends a sentence and where it belongs to a word. */
class QuoteTokenizerTest {

    private static List<String> words(String text) {
        return QuoteTokenizer.of(text, 0, text.length()).stream().map(QuoteToken::text).toList();
    }

    @Test
    void aDomainNameIsOneWord() {
        assertEquals(List.of("Quaywatch.info", "said", "."), words("Quaywatch.info said."));
        assertEquals(List.of("on", "harbour.gov", "."), words("on harbour.gov."));
    }

    @Test
    void sentencesGluedWithoutASpaceStayApart() {
        assertEquals(List.of("it", "said", ".", "He", "left"), words("it said.He left"));
    }

    @Test
    void pluralTitlesAndStatesKeepTheirPeriod() {
        assertEquals(List.of("Sens.", "Lind", "and", "Ro", "of", "Ashton", ",", "Mass.", ",", "said"),
                words("Sens. Lind and Ro of Ashton, Mass., said"));
    }
}
