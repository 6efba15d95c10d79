package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.CleanDocument;
import org.attache.model.Metadata;
import org.attache.model.Quote;
import org.attache.model.SourceFormat;
import org.attache.model.TextSpan;
import org.attache.nlp.Paragraphs;
import org.junit.jupiter.api.Test;

/** Which quoted words are quotations: headlines, runs after one cue, quoted sentences, marks typed backwards. */
class QuoteFindingTest {

    private static CleanDocument titled(String text) {
        String title = text.substring(0, text.indexOf('\n'));
        return new CleanDocument("test.txt", SourceFormat.TEXT, new Metadata(title, "", ""), text, Paragraphs.of(text),
                List.of(), "0");
    }

    private static List<String> texts(List<Quote> quotes) {
        return quotes.stream().map(Quote::text).toList();
    }

    @Test
    void shortQuoteInTheHeadlineIsAQuotationOfTheNameItOpensWith() {
        String text = "Mayor Okafor Calls Harbour Plan ‘A Quiet Disaster’\n\nThe mayor spoke on Monday.";
        List<Quote> q = find(titled(text), List.of(mention(text, 0, 12, "Ada Okafor", ActorType.PERSON)));
        assertEquals(1, q.size());
        assertQuote(q.get(0), 33, 49, "Ada Okafor");
    }

    @Test
    void headlineLabelBeforeAColonIsTheSpeaker() {
        String text = "Okafor: Budget Talks Are ‘Going Nowhere’\n\nAda Okafor spoke to reporters.";
        List<Quote> q = find(titled(text), List.of());
        assertEquals(1, q.size());
        assertQuote(q.get(0), 26, 39, "Ada Okafor");
        assertEquals(":", q.get(0).cue());
    }

    @Test
    void headlineWithoutItsTitleIsReadLikeAnyParagraph() {
        String text = "Mayor Okafor Calls Harbour Plan ‘A Quiet Disaster’\n\nThe mayor spoke on Monday.";
        assertEquals(List.of(), find(doc(text), List.of()));
    }

    @Test
    void quotedTermsAfterOneCueAreEachQuotations() {
        String text = "Lind called the plan a \"costly mistake,\" a \"gift to smugglers\" and \"reckless\".";
        assertEquals(List.of("costly mistake,", "gift to smugglers", "reckless"), texts(find(text)));
    }

    /** A run needs no cue of its own: a quotation kept for its length carries the short terms coordinated with it. */
    @Test
    void quotedTermsAfterAnUncuedQuotationAreQuotationsToo() {
        String text = "Lind went after the mayor as a \"clerk who forgot the harbour\" and a \"coward.\"";
        List<Quote> q = find(text);
        assertEquals(List.of("clerk who forgot the harbour", "coward."), texts(q));
        assertEquals(new TextSpan(69, 76), q.get(1).span());
        assertEquals(List.of(), find("Lind went after the mayor as a \"coward.\""));
    }

    /** The cue before a dropped term still reports the short quote after it in the same sentence. */
    @Test
    void aDroppedTermDoesNotHideTheCueFromTheNextShortQuote() {
        String text = "Lind warned that the \"Harbour Fund\" was now \"nearly empty\" and nobody cared.";
        List<Quote> q = find(text);
        assertEquals(List.of("nearly empty"), texts(q));
        assertEquals(new TextSpan(45, 57), q.get(0).span());
        assertEquals(List.of(), find("The \"Harbour Fund\" was now \"nearly empty\" and nobody cared."));
    }

    /** A quoted heading has no cue in its sentence: being set apart reports the words. */
    @Test
    void aShortQuotedHeadingIsAQuotation() {
        String text = "Lind spoke for an hour.\n\n4. \"Rust-coloured ferry schedules\"\n\nShe read from her notes.";
        List<Quote> q = find(text);
        assertEquals(List.of("Rust-coloured ferry schedules"), texts(q));
        assertEquals(new TextSpan(29, 58), q.get(0).span());
        assertEquals(List.of(), find("Lind spoke.\n\nThe \"ferry schedules\" changed."));
    }

    @Test
    void aRunEndsWithItsSentence() {
        String text = "Lind called the plan a \"costly mistake.\" Critics fear \"hybrid\" tactics.";
        assertEquals(List.of("costly mistake."), texts(find(text)));
    }

    @Test
    void shortQuotedSentenceAfterAnAttributedQuoteIsAQuotation() {
        String text = "“Does anyone know the plan?” Lind asked. “Nobody does.”";
        List<Quote> q = find(text);
        assertEquals(List.of("Does anyone know the plan?", "Nobody does."), texts(q));
        assertEquals("Lind", q.get(1).speaker());
    }

    @Test
    void shortQuotedTitleIsStillATitle() {
        assertEquals(List.of(), find("The film premiered in May.\n\n“Harbour Lights.”"));
    }

    @Test
    void curlyMarksTypedTheWrongWayRoundStillPair() {
        String text = "”We will rebuild the harbour,” said Ada Okafor.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 29, "Ada Okafor");
        String closing = "Lind said the claim was “mostly true.“\n\nThe vote is on Friday.";
        assertEquals(List.of("mostly true."), texts(find(closing)));
    }

    @Test
    void ageAndHomeTownBetweenNameAndCueAreSkipped() {
        String text = "Ada Okafor, 59, of Ashton, Md., who watched from the pier, said the day felt like \"a new start.\"";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertEquals("Ada Okafor", q.get(0).speaker());
        String plain = "Ada Okafor, 59, of Ashton, Md., said the day was \"a new start.\"";
        assertEquals("Ada Okafor", find(plain).get(0).speaker());
    }

    @Test
    void aLongClauseBeforeAColonIsNotASpeakerLabel() {
        String text = "Lind spoke at a forum hosted by a local paper and said she had what the job needs: "
                + "\"Patience, and more patience.\"";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertEquals(new TextSpan(84, 112), q.get(0).span());
        assertEquals("Lind", q.get(0).speaker());
    }

    @Test
    void anOrganisationsNameRunsOnOverOfAndFor() {
        String text = "\"Loopholes cost everyone,\" said Citizens for Fair Taxes.";
        assertEquals("Citizens for Fair Taxes", find(text).get(0).speaker());
        String board = "The Ashton Board of Elections said the count would be \"done by Friday.\"";
        assertEquals("the Ashton Board of Elections", find(board).get(0).speaker());
        String person = "\"We are ready,\" said Mayor Ada Okafor of Ashton.";
        assertEquals("Ada Okafor", find(person).get(0).speaker());
    }
}
