package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
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

/**
 * Speaker phrases read at the cue: appositives in a row, "said of", the frames news writes cues in (a passive
 * cue's agent, a mark closing a nested quote before the cue, a brief that argues), and descriptions that point
 * back to a person named before.
 */
class CueFramesTest {

    @Test
    void aDocumentsTextIsCuedByThePastTenseOfReads() {
        String text = "“We ask the council to reconsider its vote,” the letter read.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 43, "letter");
        assertEquals("read", q.get(0).cue());
    }

    @Test
    void aSecondAppositiveAfterADescribedOneIsSkipped() {
        String text = "“It is an overreach of the state budget,” Ray Holt, the Republican treasurer of Ohio, "
                + "one of the states in the suit, said at a Capitol event.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 40, "Ray Holt");
        assertEquals(new TextSpan(42, 50), q.get(0).speakerSpan());
    }

    @Test
    void aLongLowerCaseRoleIsAnAppositiveAndSaidOfNamesWhatWasSpokenAbout() {
        String text = "“It is an overreach of the state budget,” Ray Holt, director of the Tax Center and a professor "
                + "at the Central School of Law, said of Dana Price’s plan.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 40, "Ray Holt");
    }

    private static CleanDocument titled(String text) {
        String title = text.substring(0, text.indexOf('\n'));
        return new CleanDocument("test.txt", SourceFormat.TEXT, new Metadata(title, "", ""), text, Paragraphs.of(text),
                List.of(), "0");
    }

    @Test
    void aHeadlineSubjectEndsAtItsVerbEvenBeforeAColon() {
        String text = "Ada Okafor Hammers Harbour Board: ‘You Should Resign’\n\nThe senator spoke on Monday.";
        List<Quote> q = find(titled(text), List.of(mention(text, 0, 10, "Ada Okafor", ActorType.PERSON)));
        assertEquals(1, q.size());
        assertQuote(q.get(0), 35, 52, "Ada Okafor");
        assertEquals("Hammers", q.get(0).cue());
        assertEquals(new TextSpan(0, 10), q.get(0).speakerSpan());
    }

    @Test
    void aThirdPersonVerbEndsAHeadlineNameOnlyAfterANameTheActorsFound() {
        String named = "Okafor Sees ‘Quiet Disaster’ in Harbour Plan\n\nThe mayor spoke on Monday.";
        List<Quote> q = find(titled(named), List.of(mention(named, 0, 6, "Ada Okafor", ActorType.PERSON)));
        assertQuote(q.get(0), 13, 27, "Ada Okafor");
        String plural = "Angry Farmers Rally To ‘Save Our Fields’\n\nThe farmers marched on Monday.";
        List<Quote> none = find(titled(plural), List.of());
        assertEquals(List.of(), none.stream().filter(x -> !x.speaker().isEmpty()).toList());
    }

    @Test
    void aSectionLabelBeforeAHeadlineColonIsNoSpeaker() {
        String text = "The Latest: Okafor Calls Plan ‘A Quiet Disaster’\n\nAda Okafor spoke on Monday.";
        List<Quote> q = find(titled(text), List.of(mention(text, 12, 18, "Ada Okafor", ActorType.PERSON)));
        assertEquals(1, q.size());
        assertEquals("Ada Okafor", q.get(0).speaker());
    }

    @Test
    void aCueWordAfterAPossessiveOrAnArticleIsANoun() {
        String text = "Senator Ray Holt said his colleague Dana Price’s tweet about the plan was only “to mock” the governor.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 80, 87, "Ray Holt");
        assertEquals("said", q.get(0).cue());
    }

    @Test
    void reportsIsACueOfAPaperQuotedInTheNextParagraph() {
        String text = "The Daily Courier reports:\n\n“The plan is a fine start for the state and it will pass next week, "
                + "officials believe.”";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 29, 114, "the Daily Courier");
    }

    @Test
    void aClauseOpenedByAsAfterTheQuoteReportsIt() {
        String text = "The plan needs a “lawful source of funding,” as a Treasury memo put it.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 18, 43, "Treasury memo");
        assertEquals("put it", q.get(0).cue());
    }

    @Test
    void aNameAfterAnArticleIsAModifierNotASpeaker() {
        String text = "Dana Price is describing as “reckless” a Ray Holt tweet attacking the plan.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 29, 37, "Dana Price");
    }

    @Test
    void aNameInAppositionToADescriptionIsTheSpeaker() {
        String text = "The leader of the Harbour Party, Ray Holt, criticised the vote, adding in a statement that "
                + "the port “would stay open to every ship.”";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 101, 131, "Ray Holt");
        assertEquals(new TextSpan(33, 41), q.get(0).speakerSpan());
    }

    @Test
    void aDescriptionByAnyNounAfterAnInvertedCueIsTheSpeaker() {
        String text = "The harbour vote went ahead. “Where is the money?” asked the boy, who wore a red cap.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 30, 49, "boy");
        String year = "The harbour vote went ahead. “It will pass,” said a 2010 Holt veteran.";
        assertEquals("2010 Holt veteran", find(year).get(0).speaker());
    }

    @Test
    void continuedReportsSpeech() {
        String text = "The harbour vote went ahead. “Honestly,” Ray Holt continued, “it will pass.”";
        List<Quote> q = find(text);
        assertEquals("Ray Holt", q.get(0).speaker());
        assertEquals("continued", q.get(0).cue());
    }

    @Test
    void aTimeAfterAnInvertedCueIsNoDescription() {
        String text = "Ray Holt spoke at the port. “It will pass,” he said this year.";
        assertEquals("Ray Holt", find(text).get(0).speaker());
    }

    @Test
    void anAdviserKeepsWhomHeServesAndATitleOfCommonNounsIsARole() {
        String adviser = "The harbour vote went ahead. “It will pass,” said a longtime adviser to both Holts.";
        assertEquals("longtime adviser to both Holts", find(adviser).get(0).speaker());
        String master = "The harbour vote went ahead. “It will pass,” said master of ceremonies Abel Trent, a baker.";
        Quote q = find(master).get(0);
        assertEquals("Abel Trent", q.speaker());
        assertEquals("master of ceremonies", q.speakerRole());
        String ally = "The harbour vote went ahead. “It will pass,” said Holt ally Jim Carver.";
        assertEquals("Jim Carver", find(ally).get(0).speaker());
    }

    @Test
    void aNameInAppositionToAnUnnamedRoleIsTheSpeaker() {
        String after = "The harbour vote went ahead. “Taxes must fall,” Holt’s deputy, Carl Ebner, said.";
        Quote q = find(after).get(0);
        assertEquals("Carl Ebner", q.speaker());
        assertEquals("Holt’s deputy", q.speakerRole());
        String before = "The harbour vote went ahead. Holt’s deputy, Carl Ebner, said the port “would stay open.”";
        assertEquals("Carl Ebner", find(before).get(0).speaker());
        String relative = "Given the efforts to collect -- which Harbourline’s chief executive, Carl Ebner, called “a farce” -- "
                + "one question remains.";
        assertEquals("Carl Ebner", find(relative).get(0).speaker());
    }

    @Test
    void aSourceDescribedByItsAccessIsTheSpeakerBeforeTheCue() {
        String text = "The harbour vote went ahead. “It was a mess,” a source close to the port board said.";
        assertEquals("source close to the port board", find(text).get(0).speaker());
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
    void theAgentOfAPassiveCueIsTheSpeaker() {
        String text = "Quill was asked by panel moderator Gerd Baxter whether his plan would risk “adding another "
                + "burden to the town.”";
        List<Quote> q = find(text);
        assertQuote(q.get(0), 76, 110, "Gerd Baxter");
        assertEquals(new TextSpan(35, 46), q.get(0).speakerSpan());
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
    void aCourtBriefSpeaksForWhoseItIs() {
        String text = "Later, Mara Orlen's brief argued the claims were false and described them as "
                + "\"stale rumours and guesses.\"";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 78, 104, "Mara Orlen's brief");
        assertEquals(new TextSpan(7, 25), q.get(0).speakerSpan());
    }
}
