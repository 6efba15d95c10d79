package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/** A number, date or possessive before the description of a speaker after an inverted cue ("said 9/11 widow X"). */
class LeadingModifierTest {

    @Test
    void aSlashedNumberBeforeTheDescriptionKeepsTheName() {
        String text = "“The river plan will not hold water,” said 9/11 widow Ada Lind.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 36, "Ada Lind");
        assertEquals(new TextSpan(54, 62), q.get(0).speakerSpan());
    }

    @Test
    void aDateWithAnAbbreviatedMonthIsNotTheSpeaker() {
        String text = "“The river plan will not hold water,” said Sept. 11 widow Ada Lind.";
        List<Quote> q = find(text);
        assertQuote(q.get(0), 1, 36, "Ada Lind");
        assertEquals(new TextSpan(58, 66), q.get(0).speakerSpan());
    }

    @Test
    void aYearBeforeANounModifierAndRoleKeepsTheName() {
        String text = "“The river plan will not hold water,” said 2011 flood survivor Ben Ro.";
        List<Quote> q = find(text);
        assertQuote(q.get(0), 1, 36, "Ben Ro");
        assertEquals(new TextSpan(63, 69), q.get(0).speakerSpan());
    }

    @Test
    void theWordsAfterTheNumberAreSkippedOnlyBeforeALowerCaseWord() {
        List<QuoteToken> toks = QuoteTokenizer.cut("said 9/11 widow Ada Lind", 0, 24);
        assertEquals(4, LeadingModifier.end(toks, 1, toks.size()));
        List<QuoteToken> counted = QuoteTokenizer.cut("said 2 Democrats", 0, 16);
        assertEquals(1, LeadingModifier.end(counted, 1, counted.size()));
    }

    @Test
    void likenedCuesAShortQuotedTerm() {
        String text = "Another critic, Oren P. Lasko, likened the plan to “burning the barn” in a column.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertEquals(new TextSpan(52, 68), q.get(0).span()); // three words: kept only with a cue
    }

    @Test
    void aPossessiveBeforeTheDescriptionKeepsTheName() {
        String text = "“We will win the port vote,” added his campaign manager Eli Ambler, speaking to reporters.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 27, "Eli Ambler");
        assertEquals(new TextSpan(56, 66), q.get(0).speakerSpan());
    }

    @Test
    void aTradeNounStandsInADescriptionBeforeTheName() {
        String text = "“We have seen nothing like it,” senior politics editor Cai Quist responded.";
        List<Quote> q = find(text);
        assertQuote(q.get(0), 1, 30, "Cai Quist");
        assertEquals(new TextSpan(55, 64), q.get(0).speakerSpan());
    }
}
