package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Speakers chosen beyond the adjacent "X said": sentence subjects, nested phrases, gender, signatures. */
class SpeakerModelTest {

    private static Quote only(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().equals(words)).findFirst().orElseThrow();
    }

    private static TextSpan spanOf(String text, String words) {
        int at = text.indexOf(words);
        return new TextSpan(at, at + words.length());
    }

    @Test
    void theSubjectOfTheSentenceSpeaksAPartialQuoteWithoutACueVerb() {
        String text = "The ministry rejected the report as \u201Cbaseless and hostile\u201D on Monday.";
        Quote q = only(find(text), "baseless and hostile");
        assertEquals("ministry", q.speaker());
        assertEquals(spanOf(text, "The ministry"), q.speakerSpan());
    }

    @Test
    void anIntroductoryPhraseIsNotTheSubject() {
        String text = "In a long interview on Sunday, Senator Alma Ruiz dismissed the plan as \u201Ca costly fantasy.\u201D";
        Quote q = only(find(text), "a costly fantasy.");
        assertEquals("Alma Ruiz", q.speaker());
        assertEquals(spanOf(text, "Alma Ruiz"), q.speakerSpan());
    }

    @Test
    void aParticipleAfterACommaTakesTheSubjectOfTheClause() {
        String text = "Tomas Berg, the leader of the Green Party, urged the premier to resign, telling reporters "
                + "that the plan was \u201Cimpossible\u201D to defend.";
        assertEquals("Tomas Berg", only(find(text), "impossible").speaker());
    }

    @Test
    void aNameBeforeNestedAppositivesIsTheSpeaker() {
        String text = "Cmdr. Lena Hart, a spokesperson for Task Force Delta, the allied mission in the south, "
                + "told reporters the claim was \u201Cplainly untrue.\u201D";
        assertEquals("Lena Hart", only(find(text), "plainly untrue.").speaker());
    }

    @Test
    void anOrganisationAndRoleBeforeTheNameStayOutOfTheName() {
        String text = "\u201CThe files can be forged,\u201D Acmecorp co-founder Pavel Dorn told the paper.";
        Quote q = only(find(text), "The files can be forged,");
        assertEquals("Pavel Dorn", q.speaker());
        assertEquals(spanOf(text, "Pavel Dorn"), q.speakerSpan());
    }

    @Test
    void aPlaceAfterOfIsNotTheName() {
        String text = "Rep. Anna B. Kowal of Ohio urged allies to seek a \u201Cunited\u201D answer.";
        assertEquals("Anna B. Kowal", only(find(text), "united").speaker());
    }

    @Test
    void aQuestionIsFollowedByItsSpeaker() {
        String text = "Nora Quist spoke first.\n\n\u201CIs it in our interest to act?\u201D Nora Quist, the "
                + "adviser, said at a summit on Thursday.";
        assertEquals("Nora Quist", only(find(text), "Is it in our interest to act?").speaker());
    }

    @Test
    void aPartyTagInBracketsSitsBetweenTheNameAndTheCue() {
        String text = "\u201CSubpoenas are not optional,\u201D panel Chairman Rep. Dale Moss (R-Utah) said after "
                + "the hearing.";
        assertEquals("Dale Moss", only(find(text), "Subpoenas are not optional,").speaker());
    }

    @Test
    void aSignatureAfterADashNamesTheSpeaker() {
        String text = "\u201CWe want safe streets.\u201D \u2015 Marta Velez\n\n\u201CSchools come first.\u201D \u2015 Ivo Brandt";
        List<Quote> q = find(text);
        assertEquals("Marta Velez", only(q, "We want safe streets.").speaker());
        assertEquals("Ivo Brandt", only(q, "Schools come first.").speaker());
    }

    @Test
    void sheGoesToTheWomanNamedNotTheLastMan() {
        String text = "Clara Jost, an economist, said her study was done. Her colleague Piet Ober disagreed with "
                + "the method. \u201CThe data are clear,\u201D she said.";
        List<org.attache.model.Mention> people = List.of(
                mention(text, 0, 10, "Clara Jost", ActorType.PERSON),
                mention(text, text.indexOf("Piet Ober"), text.indexOf("Piet Ober") + 9, "Piet Ober", ActorType.PERSON));
        Quote q = only(find(doc(text), people), "The data are clear,");
        assertEquals("Clara Jost", q.speaker());
        assertNull(q.speakerSpan(), "a pronoun rests on the discourse, not on a mention");
    }

    @Test
    void anUnnamedSourceKeepsItsDescription() {
        String text = "Olaf Renn spoke on Monday.\n\n\u201CNobody is leaving the camp,\u201D the source said.";
        assertEquals("source", only(find(text), "Nobody is leaving the camp,").speaker());
    }

    @Test
    void aLabelOpeningAQuotedTurnIsItsSpeakerAndNotItsWords() {
        String text = "Dana Pell spoke to the host.\n\n\"HARGROVE: Will you attend?\n\n\"PELL: I will be there.\"";
        List<Quote> q = find(text);
        Quote host = only(q, "Will you attend?");
        assertEquals("Hargrove", host.speaker());
        assertEquals(spanOf(text, "HARGROVE"), host.speakerSpan());
        assertEquals("Dana Pell", only(q, "I will be there.").speaker());
    }

    @Test
    void aLongRelativeClauseAndAPartyTagSitBetweenTheNameAndTheCue() {
        String text = "Ruth Ames, who runs the party's get-out-the-vote drive for veterans' families in three "
                + "states, said, \u201CWe knock on every door.\u201D Senate leader Joe Hale, R-Ky., said later "
                + "that \u201Cthe vote will hold.\u201D";
        List<Quote> q = find(text);
        assertEquals("Ruth Ames", only(q, "We knock on every door.").speaker());
        assertEquals("Joe Hale", only(q, "the vote will hold.").speaker());
    }

    @Test
    void theyGoesToTheGroupNamedAsASubject() {
        String text = "Senior Pentagon officials said they were not warned. But they have repeatedly reaffirmed "
                + "the \u201Cironclad\u201D bond with Seoul.";
        assertEquals("Senior Pentagon officials", only(find(text), "ironclad").speaker());
    }

    @Test
    void anyNounInTheSubjectSlotOfASpeechVerbSpeaks() {
        String text = "As the bell rang, the announcer said, \u201CThe gates are now closed.\u201D";
        Quote q = only(find(text), "The gates are now closed.");
        assertEquals("announcer", q.speaker());
        assertEquals(spanOf(text, "the announcer"), q.speakerSpan());
    }

    @Test
    void aDescribedSpeakerAfterTheQuotationKeepsItsTail() {
        String text = "\u201CWho pays for the roads?\u201D a narrator in the new advert asks.";
        assertEquals("narrator in the new advert", only(find(text), "Who pays for the roads?").speaker());
    }

    @Test
    void aDefiniteOrganisationResolvesToTheInstitutionNamedInFull() {
        String text = "The Board of Harbour Pilots met on Friday. The board said in a notice that the channel was "
                + "\u201Csafe for all vessels.\u201D";
        assertEquals("Board of Harbour Pilots", only(find(text), "safe for all vessels.").speaker());
    }

    @Test
    void anEpithetWithAModifierPointsToThePersonJustNamed() {
        String text = "Karl Osterberg criticised the tariff plan on Monday. The Hamburg shipowner said it would "
                + "\u201Cruin the smaller ports.\u201D";
        assertEquals("Karl Osterberg", only(find(text), "ruin the smaller ports.").speaker());
    }

    @Test
    void anObjectPronounAfterANameIsNotItsGender() {
        String text = "Dr. Ivan Petrov praised the pills in a talk.\n\nSenator Jane Holloway scolded him: "
                + "\u201CThe scientists are against you,\u201D she said.";
        assertEquals("Jane Holloway", only(find(text), "The scientists are against you,").speaker());
    }

    @Test
    void aCommonGivenNameTellsTheGenderWhenTheTextDoesNot() {
        String text = "Maria Lindqvist spoke first. \u201CWe will win,\u201D Peter Berg said. "
                + "\u201CIt will be close,\u201D she said.";
        assertEquals("Maria Lindqvist", only(find(text), "It will be close,").speaker());
    }

    @Test
    void aPersonOfAnInstitutionIsThePersonNotTheInstitution() {
        String text = "\u201CIt was the least bad choice,\u201D Mr. Okafor of the Harbour Trust said. "
                + "\u201CPrices are still high,\u201D wrote Lena Marsh for Acme Weekly.";
        assertEquals("Okafor", only(find(text), "It was the least bad choice,").speaker());
        assertEquals("Lena Marsh", only(find(text), "Prices are still high,").speaker());
    }

    @Test
    void aQuotationWithoutACueGoesToThePersonTheSentenceBeforeIsAbout() {
        String text = "\u201CWe will rebuild the pier,\u201D Mayor Ana Costa said.\n\n"
                + "Victor Hale, her old business partner, called her a master of impossible deals. "
                + "\u201CShe never gave up on a project.\u201D";
        Quote q = only(find(text), "She never gave up on a project.");
        assertEquals("Victor Hale", q.speaker());
        assertNull(q.speakerSpan());
    }
}
