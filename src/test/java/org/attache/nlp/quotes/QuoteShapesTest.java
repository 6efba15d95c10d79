package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** One test per quotation shape, with exact offsets into the inline text. */
class QuoteShapesTest {

    @Test
    void quoteThenSpeakerThenCueWithStraightMarks() {
        String text = "\"We will defend every inch,\" Stoltenberg said.";
        List<Quote> q = find(doc(text), List.of(mention(text, 29, 40, "Jens Stoltenberg", ActorType.PERSON)));
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 27, "Jens Stoltenberg");
        assertEquals("Jens Stoltenberg", q.get(0).speakerActor());
        assertEquals("said", q.get(0).cue());
        assertEquals(QuoteKind.DIRECT, q.get(0).kind());
    }

    @Test
    void titleRoleBeforeTheNameGoesToTheRoleColumn() {
        List<Quote> q = find("NATO Secretary General Jens Stoltenberg said: “Cyber attacks can trigger Article 5.”");
        assertEquals(1, q.size());
        assertQuote(q.get(0), 47, 83, "Jens Stoltenberg");
        assertEquals("NATO Secretary General", q.get(0).speakerRole());
    }

    @Test
    void quoteInterruptedByItsAttributionIsTwoQuotesWithOneSpeaker() {
        List<Quote> q = find("Boris Johnson spoke in Brussels. “China is a challenge,” he said, “but not an adversary.”");
        assertEquals(2, q.size());
        assertQuote(q.get(0), 34, 55, "Boris Johnson");
        assertQuote(q.get(1), 67, 88, "Boris Johnson");
    }

    @Test
    void multiParagraphQuoteIsOneQuotePerParagraph() {
        String text = "Jens Stoltenberg opened the summit.\n\n“The first part of our message is unity.\n\n"
                + "“The second part is resolve,” said Mr Stoltenberg.";
        List<Quote> q = find(text);
        assertEquals(2, q.size());
        assertQuote(q.get(0), 38, 77, "Jens Stoltenberg");
        assertQuote(q.get(1), 80, 107, "Jens Stoltenberg");
    }

    @Test
    void partialQuoteInsideASentenceKeepsTheGroupSpeaker() {
        String text = "NATO leaders have said that China’s “assertive behaviour present systemic challenges to the "
                + "rules-based order”.";
        List<Quote> q = find(doc(text), List.of(mention(text, 0, 4, "NATO", ActorType.ORGANIZATION),
                mention(text, 28, 35, "China", ActorType.COUNTRY)));
        assertEquals(1, q.size());
        assertQuote(q.get(0), 37, 109, "NATO leaders");
        assertEquals("NATO", q.get(0).speakerActor());
        assertEquals(QuoteKind.PARTIAL, q.get(0).kind());
    }

    @Test
    void guillemets() {
        List<Quote> q = find("The minister said: «We are ready to act.»");
        assertEquals(1, q.size());
        assertQuote(q.get(0), 20, 40, "minister");
    }

    @Test
    void nestedQuoteBelongsToTheOuterOne() {
        List<Quote> q = find("Boris Johnson arrived. “He told me ‘never again’ and then he left,” he said.");
        assertEquals(1, q.size());
        assertQuote(q.get(0), 24, 66, "Boris Johnson");
    }

    @Test
    void strayOpeningMarkIsNotPairedWithTheWrongClose() {
        List<Quote> q = find("Officials said \"the talks failed. Later, \"We will return,\" the envoy said.");
        assertEquals(1, q.size());
        assertQuote(q.get(0), 42, 57, "envoy");
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        List<Quote> q = find("Russia’s ‘hybrid’ tactics and the allies’ response resemble ’90s doctrine. "
                + "‘We won’t back down,’ the minister said.");
        assertEquals(1, q.size());
        assertQuote(q.get(0), 76, 95, "minister");
        assertEquals("We won’t back down,", q.get(0).text());
    }

    @Test
    void invertedCueWithRoleBeforeTheName() {
        List<Quote> q = find("“We are ready,” said NATO spokesperson Oana Lungescu.");
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 14, "Oana Lungescu");
        assertEquals("NATO spokesperson", q.get(0).speakerRole());
    }

    @Test
    void accordingToKeepsTheInstitution() {
        List<Quote> q = find("According to the Pentagon, “The strike hit its target.”");
        assertEquals(1, q.size());
        assertQuote(q.get(0), 28, 54, "the Pentagon");
        assertEquals("According to", q.get(0).cue());
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotations() {
        assertEquals(List.of(), find("Allies discussed so-called \"hybrid\" threats and the \"Steadfast Defender\" "
                + "exercise, the minister said in an interview with “Morning Briefing Weekly.”"));
        assertEquals(List.of(), find("The exercise tested “grey zone” activity in detail."));
        assertEquals(List.of(), find("Jane Example said her aides had dubbed the envoy's plan as \"the quiet channel.\""),
                "a name given with a naming verb, its object between");
        assertEquals(1, find("Jane Example described the plan as \"a quiet channel for talks with Moscow,\" aides said.")
                .size(), "described as: someone's words");
    }

    @Test
    void shortQuotedTermWithACueIsAQuotation() {
        List<Quote> q = find("Senator Jane Example said Iran wants to “stir unrest” in Europe.");
        assertEquals(1, q.size());
        assertQuote(q.get(0), 41, 52, "Jane Example");
        assertEquals(QuoteKind.PARTIAL, q.get(0).kind());
    }

    @Test
    void doubledApostrophesAndAnUnnamedSourceCarriedToTheNextQuote() {
        List<Quote> q = find("''This is a training deployment,'' a senior defence official said. "
                + "''This is to reassure allies.''");
        assertEquals(2, q.size());
        assertQuote(q.get(0), 2, 32, "senior defence official");
        assertQuote(q.get(1), 69, 96, "senior defence official");
    }

    @Test
    void speakerColonQuote() {
        List<Quote> q = find("Boris Johnson: “We stand with Ukraine.”");
        assertEquals(1, q.size());
        assertQuote(q.get(0), 16, 38, "Boris Johnson");
        assertEquals(":", q.get(0).cue());
    }

    @Test
    void appositiveRoleBetweenCommas() {
        List<Quote> q = find("Jens Stoltenberg, NATO Secretary General, said: “We will not be intimidated.”");
        assertEquals(1, q.size());
        assertQuote(q.get(0), 49, 76, "Jens Stoltenberg");
        assertEquals("NATO Secretary General", q.get(0).speakerRole());
    }

    @Test
    void pronounResolvesToThePersonNamedAsSubjectBefore() {
        String text = "\"Russia must pay,\" said Kaja Kallas. Mr. Obama then spoke to reporters.\n\n"
                + "\"We are not going to invade,\" he said.";
        List<Quote> q = find(text);
        assertEquals(2, q.size());
        assertEquals("Kaja Kallas", q.get(0).speaker());
        assertEquals("Obama", q.get(1).speaker());
    }

    @Test
    void surnameResolvesToTheFullNameUsedBefore() {
        List<Quote> q = find("Lt. Col. Alexander Vindman testified on Tuesday. \"I did my duty,\" Vindman said.");
        assertEquals(1, q.size());
        assertEquals("Alexander Vindman", q.get(0).speaker());
    }

    @Test
    void aFirstNameResolvesToTheOnePersonWithThatFirstName() {
        List<Quote> q = find("Secretary General Mark Rutte arrived. \"We are united,\" Mark said.");
        assertEquals(1, q.size());
        assertEquals("Mark Rutte", q.get(0).speaker());
    }

    @Test
    void aContractedPronounIsNeverTheSpeakerItself() {
        List<Quote> q = find("You’d say, “Why would anybody do this?”");
        assertTrue(q.stream().noneMatch(x -> x.speaker().equalsIgnoreCase("You’d")), q.toString());
    }

    @Test
    void cueInAReportingClauseLaterInTheSentence() {
        String text = "Anna Berg testified. Kowalski liked to remind colleagues \"he was the one running the harbour\" "
                + "despite his rank, said another witness, former aide Anna Berg.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertEquals("Anna Berg", q.get(0).speaker());
    }

    @Test
    void speakerIntroducedAtTheEndOfThePreviousParagraph() {
        String text = "The Prime Minister Kaja Kallas said:\n\n“Estonia stands ready.”";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 39, 60, "Kaja Kallas");
        assertEquals("Prime Minister", q.get(0).speakerRole());
    }

    @Test
    void aDescriptionByRoleIsThePersonNamedWithTheMatchingTitle() {
        String text = "Rep. Dana Ferreira, the ranking member, asked the agency to act -- a step the Ohio congressman "
                + "said would \"restore trust\" quickly.";
        List<Quote> q = find(doc(text), List.of(mention(text, 5, 18, "Dana Ferreira", ActorType.PERSON)));
        assertEquals(1, q.size());
        assertQuote(q.get(0), 107, 120, "Dana Ferreira");
    }
}
