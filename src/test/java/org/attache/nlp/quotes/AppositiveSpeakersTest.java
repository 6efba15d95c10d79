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

/**
 * A name in apposition to a role, a trade, kin or a home town is the speaker ("the harbour spokesman, Tavi
 * Orlen, said"); of two names in apposition either speaks; a clause in apposition names no one.
 */
class AppositiveSpeakersTest {

    @Test
    void aNameInAppositionToADefiniteRoleIsTheSpeaker() {
        String text = "“We will not accept the closure of the mill,” the harbour spokesman, Tavi Orlen, said on Thursday.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 44, "Tavi Orlen");
        assertEquals(new TextSpan(69, 79), q.get(0).speakerSpan());
    }

    @Test
    void aNameInAppositionToAPossessedTradeIsTheSpeaker() {
        String text = "“By December, the harbour stood out as a place to compete,” Quill's campaign manager, Jeb Arlo, "
                + "said in an interview.";
        List<Quote> q = find(text);
        assertQuote(q.get(0), 1, 58, "Jeb Arlo");
        assertEquals(new TextSpan(86, 94), q.get(0).speakerSpan());
    }

    @Test
    void aNameInAppositionToATradeAfterTheCueIsTheSpeaker() {
        String text = "“We are treating the week as one long vote,” said Quill's deputy campaign manager, Rick Bosson, "
                + "who ran the 2012 effort.";
        List<Quote> q = find(text);
        assertQuote(q.get(0), 1, 43, "Rick Bosson");
        assertEquals(new TextSpan(83, 94), q.get(0).speakerSpan());
    }

    @Test
    void aNameBetweenATradeAndItsCueIsTheSpeakerOfAQuotedTerm() {
        String text = "In answer to the motion, her personal lawyer, Dana F. Kell, wrote in a filing to the judge that the "
                + "motion was “futile,” since the files were lost.";
        List<Quote> q = find(text);
        assertQuote(q.get(0), 112, 119, "Dana F. Kell");
        assertEquals(new TextSpan(46, 58), q.get(0).speakerSpan());
    }

    @Test
    void aNameBeforeAnAppositiveWithAHomeTownIsTheSpeaker() {
        String text = "Dean Jonsson, a 55-year-old salesman from Sumtor, North Carolina, says Quill will “leave here "
                + "with momentum.”";
        List<Quote> q = find(text);
        assertQuote(q.get(0), 83, 108, "Dean Jonsson");
        assertEquals(new TextSpan(0, 12), q.get(0).speakerSpan());
    }

    @Test
    void aTradeNounIsAPhraseWordButHeadsNoDescription() {
        QuoteLexicon lexicon = QuoteLexicon.load();
        assertTrue(lexicon.isPhraseNoun("editor"));
        assertFalse(lexicon.isGroupNoun("editor"));
        assertTrue(lexicon.isPhraseNoun("spokesman"));
    }

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
}
