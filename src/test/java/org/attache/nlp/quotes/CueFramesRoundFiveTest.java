package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * Speaker phrases at the cue: kin and titles before a name in apposition, coordinated names in apposition,
 * coordinated descriptions, a person of a place whose surname is a title, a legal document as speaker.
 */
class CueFramesRoundFiveTest {

    @Test
    void aTitledNameInAppositionToKinIsTheSpeaker() {
        String text = "\"The ferry must run all winter,\" Orlen's niece, state Del. Marta Venn (D-Harbour City), "
                + "declared from the stage.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 31, "Marta Venn");
        assertEquals(new TextSpan(59, 69), q.get(0).speakerSpan());
    }

    @Test
    void aBareNameInAppositionToKinIsTheSpeaker() {
        String text = "\"We need the bridge built this year!\" Orlen's niece, Marta Venn, said.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 36, "Marta Venn");
        assertEquals(new TextSpan(53, 63), q.get(0).speakerSpan());
    }

    @Test
    void eitherOfTwoNamesInAppositionSpeaks() {
        String text = "Two harbour analysts, Ada Brill and Rolf Tam, wrote last spring that the pier ranks as "
                + "\"the finest on the coast.\"";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 88, 112, "Rolf Tam");
        assertEquals(new TextSpan(36, 44), q.get(0).speakerSpan());
    }

    @Test
    void aClauseInAppositionNamesNoSpeaker() {
        String text = "\"We need the bridge built this year,\" the mayor's aides, who include harbour master Ada Brill, "
                + "said.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 36, "mayor's aides");
        assertEquals(new TextSpan(38, 55), q.get(0).speakerSpan());
    }

    @Test
    void twoDescriptionsJoinedByAndPointBackToOneSpeaker() {
        String text = "Hilda Marsh toured the pier on Monday. The retired judge and harbour commissioner argued that "
                + "selling it would be \"a blunder\" for the town.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 115, 124, "Hilda Marsh"); // not "harbour commissioner", the half after "and"
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

    @Test
    void aCourtBriefSpeaksForWhoseItIs() {
        String text = "Later, Mara Orlen's brief argued the claims were false and described them as "
                + "\"stale rumours and guesses.\"";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 78, 104, "Mara Orlen's brief");
        assertEquals(new TextSpan(7, 25), q.get(0).speakerSpan());
    }
}
