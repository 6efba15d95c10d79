package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/** A quoted nickname inside a name is part of the name, not a quotation. */
class NicknamesTest {

    @Test
    void aNicknameInsideTheSpeakersNameKeepsTheCue() {
        String text = "\"The ferry must run all winter, Tom Orlen!\" Orlen's niece, state Del. Marta \"Tia\" Venn "
                + "(D-Harbour City), declared from the stage. \"The whole island is listening.\"";
        List<Quote> q = find(text);
        assertEquals(2, q.size());
        assertQuote(q.get(0), 1, 42, "Marta \"Tia\" Venn");
        assertEquals(new TextSpan(70, 86), q.get(0).speakerSpan());
        assertEquals("declared", q.get(0).cue());
        assertQuote(q.get(1), 131, 161, "Marta \"Tia\" Venn");
    }

    @Test
    void aNicknameIsOneCapitalisedWordInDoubleMarksBetweenNames() {
        String text = "Marta \u201cTia\u201d Venn said so.";
        assertTrue(Nicknames.at(text, new MarkedSpan(6, new TextSpan(7, 10), 11, false)));
    }

    @Test
    void aWordInSingleMarksOrInATitleCasedLineIsNoNickname() {
        String single = "Harbour Chief Was \u2018Mocking\u2019 Dock workers.";
        assertFalse(Nicknames.at(single, new MarkedSpan(18, new TextSpan(19, 26), 27, false)));
        String titled = "Harbour Chief Was \u201cMocking\u201d Dock Workers.";
        assertFalse(Nicknames.at(titled, new MarkedSpan(18, new TextSpan(19, 26), 27, false)));
    }
}
