package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/** A person's name, then "at" or "from" and a workplace, before the cue: the person speaks, not the workplace. */
class PersonAtPlaceTest {

    @Test
    void aNameAtAWorkplaceBeforeAColonCueIsTheSpeaker() {
        String text = "Pia Moss defended the plan. “We need more time,” she said. "
                + "Dan Roe at the Harbour Review agreed: “It is a mess.”";
        List<Quote> q = find(text);
        assertEquals(2, q.size());
        assertQuote(q.get(1), 98, 111, "Dan Roe");
        assertEquals(new TextSpan(59, 66), q.get(1).speakerSpan());
    }

    @Test
    void aNameFromAWorkplaceAfterTheQuoteIsTheSpeaker() {
        String text = "“It is a mess,” Dan Roe from the Harbour Review said on Friday.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 14, "Dan Roe");
        assertEquals(new TextSpan(16, 23), q.get(0).speakerSpan());
    }

    @Test
    void aSpokesmanForTheNameDoesNotMakeTheNameSpeak() {
        String text = "“It is a mess,” a spokesman for Dan Roe at the Harbour Review said.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertNotEquals("Dan Roe", q.get(0).speaker());
    }

    @Test
    void aNameOfABodyInLowerCaseIsTheSpeaker() {
        String text = "Pia Moss defended the plan. “We need more time,” she said. "
                + "Ann Lee of the county board said: “It is a mess.”";
        List<Quote> q = find(text);
        assertEquals(2, q.size());
        assertQuote(q.get(1), 94, 107, "Ann Lee");
        assertEquals(new TextSpan(59, 66), q.get(1).speakerSpan());
    }

    @Test
    void aNameOfABodyInLowerCaseAfterTheQuoteIsTheSpeaker() {
        String text = "“It is a mess,” Ann Lee of the county board said.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 14, "Ann Lee");
        assertEquals(new TextSpan(16, 23), q.get(0).speakerSpan());
    }
}
