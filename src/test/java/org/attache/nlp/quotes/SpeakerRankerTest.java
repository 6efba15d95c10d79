package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.Metadata;
import org.attache.model.Quote;
import org.attache.model.SourceFormat;
import org.attache.model.TextSpan;
import org.attache.nlp.Paragraphs;
import org.junit.jupiter.api.Test;

/** "He", "she" and quotations without a cue, given by the ranker to the person the narration is about. */
class SpeakerRankerTest {

    private static List<Mention> people(String text, String... names) {
        List<Mention> out = new ArrayList<>();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                out.add(mention(text, at, at + name.length(), name, ActorType.PERSON));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static Quote only(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().equals(words)).findFirst().orElseThrow();
    }

    @Test
    void aPersonIntroducedAfterAnAppositiveDescriptionTakesThePronoun() {
        String text = "\u201CWe will not pay,\u201D said Tom Reyes, the union leader.\n\n"
                + "The minister of labour, Mr. Ivo Brandt, argues there is no money left for Tom Reyes\u2019s demands. "
                + "\u201CWe must not overspend,\u201D he told reporters.";
        Quote q = only(find(doc(text), people(text, "Tom Reyes", "Ivo Brandt")), "We must not overspend,");
        assertEquals("Ivo Brandt", q.speaker());
        assertNull(q.speakerSpan(), "a pronoun rests on context");
    }

    @Test
    void aNameModifyingARoleIsPassedOverForThePersonInTheRole() {
        String text = "\u201CCosts will rise,\u201D said Marco Ruiz.\n\n"
                + "Ruiz campaign spokesman Paul Dent said the figures were old. \u201CWe stand by them,\u201D he said.";
        Quote q = only(find(doc(text), people(text, "Marco Ruiz", "Ruiz", "Paul Dent")), "We stand by them,");
        assertEquals("Paul Dent", q.speaker());
    }

    @Test
    void theLastSpeakerKeepsTheFloorWhenTheNarrationOnlyNamesSomeoneInPassing() {
        String text = "\u201CTurnout is low,\u201D said Leah Morn, an organiser.\n\n"
                + "She added that most voters there prefer Ingrid Vale. \u201CWe need more time,\u201D she said.";
        Quote q = only(find(doc(text), people(text, "Leah Morn", "Ingrid Vale")), "We need more time,");
        assertEquals("Leah Morn", q.speaker());
    }

    @Test
    void aQuotationWithoutACueGoesToThePersonItsSentenceOpensWith() {
        String text = "\u201CThe vote will pass,\u201D said Dana Kirk.\n\n"
                + "Speaker Omar Hale, despite worries about \u201Cendless delays\u201D and costs, agrees with Dana Kirk.";
        Quote q = only(find(doc(text), people(text, "Dana Kirk", "Omar Hale")), "endless delays");
        assertEquals("Omar Hale", q.speaker());
    }

    @Test
    void aNameAfterAVerbOfSayingTakesThePronounOverTheEarlierSpeaker() {
        String text = "\u201CWe will win,\u201D said Tom Reyes.\n\n"
                + "The polls may not move much this year, noted Acme\u2019s Ivo Brandt. \u201CVoters decided long ago,\u201D he wrote.";
        Quote q = only(find(doc(text), people(text, "Tom Reyes", "Ivo Brandt")), "Voters decided long ago,");
        assertEquals("Ivo Brandt", q.speaker());
    }

    @Test
    void aNameAfterAVerbOfSayingIsTheSubjectTheParserPassesOver() {
        String text = "While Karl Brandt is \u201Cbuilding a brand,\u201D his rival Nora Lind is collecting addresses. "
                + "Whether the Lind or Brandt model works better will be known in November, said Arlo Pardo, editor of "
                + "a news site. \u201CThese are two very different races,\u201D he said.";
        Quote q = only(find(doc(text), people(text, "Karl Brandt", "Nora Lind", "Lind", "Brandt", "Arlo Pardo")),
                "These are two very different races,");
        assertEquals(new TextSpan(200, 235), q.span());
        assertEquals("Arlo Pardo", q.speaker(), "the parsed subject two sentences back does not outrank him");
    }

    @Test
    void aSurnameTheNameFinderTypedAsAnOrganisationIsThePersonNamedInFullBefore() {
        String text = "Rita Ames spoke at the port on Monday. \u201CThe docks stay open,\u201D Ames said.";
        List<Mention> mentions = new ArrayList<>(people(text, "Rita Ames"));
        int at = text.lastIndexOf("Ames");
        mentions.add(mention(text, at, at + 4, "Ames", ActorType.ORGANIZATION));
        Quote q = only(find(doc(text), mentions), "The docks stay open,");
        assertEquals("Rita Ames", q.speaker());
        assertEquals(new TextSpan(at, at + 4), q.speakerSpan());
    }

    @Test
    void aMentionRunningPastTheSpeakersNameYieldsTheName() {
        String text = "Ames Sees \u201CPersonal Insult\u201D in Port Vote\n\nMayor Rita Ames spoke on Monday.";
        List<Mention> mentions = new ArrayList<>(people(text, "Rita Ames"));
        mentions.add(mention(text, 0, 9, "Ames Sees", ActorType.PERSON));
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        CleanDocument headed = new CleanDocument("test.txt", SourceFormat.TEXT,
                new Metadata("Ames Sees \u201CPersonal Insult\u201D in Port Vote", "", ""), text, Paragraphs.of(text), List.of(), "0");
        Quote q = only(find(headed, mentions), "Personal Insult");
        assertEquals("Rita Ames", q.speaker());
    }

    @Test
    void aPersonKnownByAGivenNameAloneHasThatNamesGender() {
        String text = "\u201CWe should wait,\u201D Melissa told Reyes.\n\n\u201CIt is too late now,\u201D he said.";
        Quote q = only(find(doc(text), people(text, "Melissa", "Reyes")), "It is too late now,");
        assertEquals("Reyes", q.speaker(), "\"he\" passes over a woman known by her given name alone");
    }

    @Test
    void aPersonOpeningTheQuotationsOwnSentenceOutranksTheParsedSubjectOfTheSentenceBefore() {
        String text = "Reyes spoke first. Brandt, despite doubts, wants \u201Cless haste\u201D now.";
        List<Mention> named = people(text, "Reyes", "Brandt");
        SpeakerRanker ranker = new SpeakerRanker(Genders.of(text, named, NameMemory.of(text, named, QuoteLexicon.load())));
        Speaker reyes = new Speaker("Reyes", "Reyes", "", true, false);
        List<SpeakerCandidates.Candidate> candidates = List.of(
                new SpeakerCandidates.Candidate(named.get(0), 1, true, false, false),
                new SpeakerCandidates.Candidate(named.get(1), 0, true, false, false));
        Speaker chosen = ranker.salient(candidates, reyes, 1, m -> new Speaker(m.actor(), m.actor(), "", true, false));
        assertEquals("Brandt", chosen.name(), "opening a sentence and being its parsed subject count once");
    }

    @Test
    void aFullNameOpeningWithACommonGivenNameIsAPersonEvenWhenTheNameFinderMissedIt() {
        String text = "\u201CWe will rebuild,\u201D said Tom Reyes.\n\n"
                + "At the town meeting, Melissa Ortwin had a question for the mayor. \u201CWhen will the school reopen?\u201D she asked.";
        List<Mention> mentions = new ArrayList<>(people(text, "Tom Reyes"));
        int at = text.indexOf("Melissa");
        mentions.add(mention(text, at, at + 7, "Melissa", ActorType.LOCATION)); // mistyped by the name finder
        Quote q = only(find(doc(text), mentions), "When will the school reopen?");
        assertEquals("Melissa Ortwin", q.speaker());
    }
}
