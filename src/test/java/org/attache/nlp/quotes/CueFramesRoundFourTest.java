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

/** Speaker phrases at the cue: a name in apposition to a definite role, a person of an institution, nested marks. */
class CueFramesRoundFourTest {

    @Test
    void aNameInAppositionToADefiniteRoleIsTheSpeaker() {
        String text = "“We will not accept the closure of the mill,” the harbour spokesman, Tavi Orlen, said on Thursday.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 44, "Tavi Orlen");
        assertEquals(new TextSpan(69, 79), q.get(0).speakerSpan());
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
    void theMarkClosingANestedQuoteDoesNotHideTheCue() {
        String text = "''I would use the word 'old-fashioned,''' said Tomas R. Quill, who backs the plan.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 2, 38, "Tomas R. Quill");
        assertEquals(new TextSpan(47, 61), q.get(0).speakerSpan());
    }

    @Test
    void proclaimedIsACue() {
        String text = "“Nobody wants that mill closed,” Lena Brask proclaimed to a cheering crowd.";
        List<Quote> q = find(text);
        assertQuote(q.get(0), 1, 31, "Lena Brask");
        assertEquals("proclaimed", q.get(0).cue());
    }

    @Test
    void aTradeNounIsAPhraseWordButHeadsNoDescription() {
        QuoteLexicon lexicon = QuoteLexicon.load();
        assertTrue(lexicon.isPhraseNoun("editor"));
        assertFalse(lexicon.isGroupNoun("editor"));
        assertTrue(lexicon.isPhraseNoun("spokesman"));
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
    void theAgentOfAPassiveCueIsTheSpeaker() {
        String text = "Quill was asked by panel moderator Gerd Baxter whether his plan would risk “adding another "
                + "burden to the town.”";
        List<Quote> q = find(text);
        assertQuote(q.get(0), 76, 110, "Gerd Baxter");
        assertEquals(new TextSpan(35, 46), q.get(0).speakerSpan());
    }

    @Test
    void aNameBeforeAnAppositiveWithAHomeTownIsTheSpeaker() {
        String text = "Dean Jonsson, a 55-year-old salesman from Sumtor, North Carolina, says Quill will “leave here "
                + "with momentum.”";
        List<Quote> q = find(text);
        assertQuote(q.get(0), 83, 108, "Dean Jonsson");
        assertEquals(new TextSpan(0, 12), q.get(0).speakerSpan());
    }
}
