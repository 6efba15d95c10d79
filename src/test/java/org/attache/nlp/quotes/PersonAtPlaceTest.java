package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * A person's name, then "at", "from" or "of" and a workplace or place, before the cue: the person speaks, not
 * the workplace; a run of capitalised words with an organisation word in it is no person.
 */
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

    @Test
    void aPersonOfAnInstitutionWithALongNameIsThePerson() {
        String text = "“The numbers are off by a mile,” Anson Veil of the Corben Center for Harbour Studies wrote in a blog post.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 31, "Anson Veil");
        assertEquals(new TextSpan(33, 43), q.get(0).speakerSpan());
    }

    @Test
    void anInstitutionNamedBeforeOfStaysWhole() {
        String text = "“The numbers are off by a mile,” the Harbour Survey Bureau of the Coastal Research Center wrote.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        // not "Harbour Survey Bureau": a run with an organisation word in it is no person
        assertEquals("Coastal Research Center", q.get(0).speaker());
    }

    @Test
    void aSurnameThatIsATitleEndsThePersonOfAPlace() {
        String text = "''The vote will be close for the mayor,'' said Senator Anton T. King of Harbour County, "
                + "who backed Mr. Orlen last week.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 2, 39, "Anton T. King"); // not "Harbour County"
        assertEquals(new TextSpan(55, 68), q.get(0).speakerSpan());
    }
}
