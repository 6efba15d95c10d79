package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/** The shape of speaker phrases at a cue: compound roles, organisation names, particles, descriptions' tails. */
class SpeakerPhrasesTest {

    @Test
    void lowerCaseNounsBeforeARoleWordBelongToTheDescription() {
        String text = "“The budget will not pass,” said one former senior transport ministry official.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 26, "one former senior transport ministry official");
        assertEquals(new TextSpan(33, 78), q.get(0).speakerSpan());
    }

    @Test
    void anAmpersandInsideAnAppositiveDoesNotCutTheNameFromItsCue() {
        String text = "“Rates will keep climbing,” Marla Ostrow, an analyst at Pell Brothers & Company, said.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 26, "Marla Ostrow");
        assertEquals("said", q.get(0).cue());
        assertEquals(new TextSpan(28, 40), q.get(0).speakerSpan());
    }

    @Test
    void anOrganisationNameKeepsItsRoleWords() {
        String text = "The National Gardening Association says the new rules are “a blow to small growers.”";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 59, 83, "the National Gardening Association");
        assertEquals(new TextSpan(4, 34), q.get(0).speakerSpan());
    }

    @Test
    void aParticleOpeningANameIsPartOfIt() {
        String text = "“We will build the bridge,” De Vries said on Monday.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 26, "De Vries");
        assertEquals(new TextSpan(28, 36), q.get(0).speakerSpan());
    }

    @Test
    void theSubjectOfTheVerbOfSayingSpeaksForTheClauseItReports() {
        String text = "Mayor Ada Okafor spoke on Monday. She says it shows that the board is “out of touch.”";
        List<Quote> q = find(doc(text), List.of(mention(text, 6, 16, "Ada Okafor", ActorType.PERSON)));
        assertEquals(1, q.size());
        assertQuote(q.get(0), 71, 84, "Ada Okafor");
        assertEquals("says", q.get(0).cue());
    }

    @Test
    void aLaterClauseOfTheNextSentenceDoesNotReportAQuotationThatEndsItsOwn() {
        String text = "Ada Okafor wants the harbour “cleaned by spring.” She visits the port on Sunday, according to an aide.";
        List<Quote> q = find(doc(text), List.of(mention(text, 0, 10, "Ada Okafor", ActorType.PERSON)));
        assertEquals(1, q.size());
        assertQuote(q.get(0), 30, 48, "Ada Okafor");
    }

    @Test
    void aPossessiveOfTheFirstPersonOpensADescribedSpeaker() {
        String text = "“Nothing is ever lost,” as my grandfather would say, “until the tide is out.”";
        List<Quote> q = find(text);
        assertEquals(2, q.size());
        assertQuote(q.get(0), 1, 22, "my grandfather");
        assertQuote(q.get(1), 54, 76, "my grandfather");
        assertEquals(new TextSpan(27, 41), q.get(0).speakerSpan());
    }

    @Test
    void anUnnamedSourceKeepsTheTailOfItsDescriptionButNotAnAdverbial() {
        String close = "“The vote is lost,” said a source close to the harbour board.";
        List<Quote> q = find(close);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 18, "source close to the harbour board");
        assertEquals(new TextSpan(25, 60), q.get(0).speakerSpan());
        String adverbial = "“The vote is lost,” said a source in a statement.";
        assertQuote(find(adverbial).get(0), 1, 18, "source");
    }

    @Test
    void aLabelOpeningTheNextQuotedParagraphEndsTheTurnBefore() {
        String text = "The interview went on.\n\n“HOLT: We will not sell the port.\n\n“But we will lease the docks.\n\n"
                + "“RIVERA: Why lease them?”";
        List<Quote> q = find(text);
        assertEquals(3, q.size());
        assertQuote(q.get(0), 31, 57, "Holt");
        assertQuote(q.get(1), 60, 88, "Holt");
        assertQuote(q.get(2), 99, 114, "Rivera");
    }

    @Test
    void theSubjectIsTheNounAParticipleModifiesNotTheNounAfterItsPreposition() {
        String text = "Farmers marching through the square chanted “Save our fields!” until dark.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 45, 61, "Farmers");
        assertEquals(new TextSpan(0, 7), q.get(0).speakerSpan());
    }

    @Test
    void aPluralCueWordAfterOfAndANameIsANounButNotAfterAPersonOfAPlace() {
        String plural = "The Harbour Review rated 40% of Union claims as “mostly false” last year.";
        List<Quote> q = find(plural);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 49, 61, "the Harbour Review");
        String ofPlace = "Senator Ray Holt of Ohio says the plan is “dead on arrival.”";
        List<Quote> holt = find(ofPlace);
        assertQuote(holt.get(0), 43, 59, "Ray Holt");
        assertEquals("says", holt.get(0).cue());
    }

    @Test
    void aReportingClauseBetweenCommasReportsEveryQuotationOfItsSentence() {
        String text = "Voters, she said, want “clean water” and “cheap bread.”";
        List<Quote> q = find(doc(text), List.of());
        assertEquals(2, q.size());
        assertEquals("said", q.get(1).cue());
        assertEquals(new TextSpan(42, 54), q.get(1).span());
    }

    @Test
    void aStatementThatIsTheObjectOfAVerbSpeaksForTheSubjectOfTheSentence() {
        String text = "After a long meeting, the Harbour Board issued a statement calling the plan “a reckless gamble.”";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 77, 95, "the Harbour Board");
        assertEquals(new TextSpan(26, 39), q.get(0).speakerSpan());
    }

    @Test
    void aCapitalisedSourceAfterOneKeepsItsDescription() {
        String text = "“The talks are over,” said one Democrat familiar with the discussion, who asked not to be named.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 20, "one Democrat familiar with the discussion");
        assertEquals(new TextSpan(27, 68), q.get(0).speakerSpan());
    }

    @Test
    void aNameInAppositionAfterADescriptionCutShortIsTheSpeaker() {
        String text = "“It is over,” said another Harbour Club member, Ray Holt.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 12, "Ray Holt");
        assertEquals(new TextSpan(48, 56), q.get(0).speakerSpan());
    }
}
