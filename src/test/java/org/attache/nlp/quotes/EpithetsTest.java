package org.attache.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Quoted words set into a name (nicknames, epithets) are not quotations; quoted words elsewhere are. */
class EpithetsTest {

    @Test
    void aNicknameBetweenAFirstNameAndASurnameIsNoQuotation() {
        String text = "Quill's cousin, state Del. Mirela “Mimi” Tosk, shouted to the crowd.";
        assertEquals(List.of(), QuoteCheck.find(text));
    }

    @Test
    void anEpithetBeforeANameIsNoQuotationButTheTermAfterIsOne() {
        String text = "A resonant issue came from the South for the “Drylander” Orrin Vale in 1948, who called it "
                + "“a disaster” at once.";
        List<Quote> q = QuoteCheck.find(text);
        assertEquals(1, q.size());
        assertEquals(new TextSpan(92, 102), q.get(0).span());
    }

    @Test
    void quotedWordsClosedByPunctuationBeforeANameAreWords() {
        String text = "“Enough,” Mirela Tosk said.";
        assertEquals(1, QuoteCheck.find(text).size());
    }
}
