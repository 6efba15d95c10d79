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
    void aStandAloneAmpersandIsAWordOfAName() {
        List<QuoteToken> toks = QuoteTokenizer.of("Pell & Company", 0, 14);
        assertEquals(List.of("Pell", "&", "Company"), toks.stream().map(QuoteToken::text).toList());
        assertEquals(true, toks.get(1).word());
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
