package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/** The people named before a quotation, with their distance, subject slot and possessive/modifier marks. */
class SpeakerCandidatesTest {

    private static final SpeakerParser PARSER = new SpeakerParser(QuoteLexicon.load());

    private static Mention person(String text, String name) {
        int at = text.indexOf(name);
        return mention(text, at, at + name.length(), name, ActorType.PERSON);
    }

    private static TextSpan inner(String text, String words) {
        int at = text.indexOf(words);
        return new TextSpan(at, at + words.length());
    }

    @Test
    void countsSentencesBackAndMarksTheOneThatOpensEach() {
        String text = "Ivo Brandt met Lara Vos. Later Tom Reyes spoke. \u201CNo,\u201D he said.";
        List<Mention> people = List.of(person(text, "Ivo Brandt"), person(text, "Lara Vos"), person(text, "Tom Reyes"));
        SpeakerCandidates finder = new SpeakerCandidates(text, people, List.of(inner(text, "No,")), PARSER);
        List<SpeakerCandidates.Candidate> found = finder.before(0, text.indexOf("No,"));
        assertEquals(3, found.size());
        assertEquals(new SpeakerCandidates.Candidate(people.get(0), 2, true, false, false), found.get(0));
        assertEquals(new SpeakerCandidates.Candidate(people.get(1), 2, false, false, false), found.get(1));
        assertEquals(new SpeakerCandidates.Candidate(people.get(2), 1, true, false, false), found.get(2));
    }

    @Test
    void aPossessiveOrAModifierDoesNotOpenItsSentence() {
        String text = "The Reyes campaign spokesman Ivo Brandt rejected Lara Vos's plan.";
        List<Mention> people = List.of(person(text, "Reyes"), person(text, "Ivo Brandt"), person(text, "Lara Vos"));
        List<SpeakerCandidates.Candidate> found = new SpeakerCandidates(text, people, List.of(), PARSER)
                .before(0, text.length());
        assertEquals(new SpeakerCandidates.Candidate(people.get(0), 1, false, true, false), found.get(0));
        assertEquals(new SpeakerCandidates.Candidate(people.get(1), 1, true, false, false), found.get(1));
        assertEquals(new SpeakerCandidates.Candidate(people.get(2), 1, false, true, false), found.get(2));
    }

    @Test
    void aNameBeforeANounForItsFollowersIsAModifier() {
        String text = "Ivo Brandt, a Vos supporter, said the mood had changed.";
        List<Mention> people = List.of(person(text, "Ivo Brandt"), person(text, "Vos"));
        List<SpeakerCandidates.Candidate> found = new SpeakerCandidates(text, people, List.of(), PARSER)
                .before(0, text.length());
        assertEquals(new SpeakerCandidates.Candidate(people.get(1), 1, false, true, false), found.get(1),
                "an ally of Vos speaks, not Vos");
    }

    @Test
    void namesInsideQuotationsAreLeftOutButAQuotationEndsItsSentence() {
        String text = "\u201CAsk Lara Vos.\u201D Tom Reyes left. She added that it was late.";
        List<Mention> people = List.of(person(text, "Lara Vos"), person(text, "Tom Reyes"));
        SpeakerCandidates finder = new SpeakerCandidates(text, people, List.of(inner(text, "Ask Lara Vos.")), PARSER);
        List<SpeakerCandidates.Candidate> found = finder.before(0, text.length());
        assertEquals(List.of(new SpeakerCandidates.Candidate(people.get(1), 2, true, false, false)), found);
        assertEquals(3, finder.sentencesBetween(0, text.length()));
    }

    @Test
    void aNameAfterAPronounOrFarIntoItsSentenceIsNotItsSubject() {
        String text = "She said that the voters there favour Lara Vos.";
        List<Mention> people = List.of(person(text, "Lara Vos"));
        List<SpeakerCandidates.Candidate> found = new SpeakerCandidates(text, people, List.of(), PARSER).before(0, text.length());
        assertEquals(List.of(new SpeakerCandidates.Candidate(people.get(0), 1, false, false, false)), found);
    }

    @Test
    void aNameAfterAVerbOfSayingThatFollowsAClauseIsItsSubject() {
        String text = "Rates will not fall soon, noted Acme's Ivo Brandt. The memo accusing Lara Vos leaked.";
        List<Mention> people = List.of(person(text, "Ivo Brandt"), person(text, "Lara Vos"));
        List<SpeakerCandidates.Candidate> found = new SpeakerCandidates(text, people, List.of(), PARSER)
                .before(0, text.length());
        assertEquals(new SpeakerCandidates.Candidate(people.get(0), 2, false, false, true), found.get(0));
        assertEquals(new SpeakerCandidates.Candidate(people.get(1), 1, true, false, false), found.get(1),
                "an object after a verb in -ing is not the subject of that verb");
    }

    @Test
    void aNameReportingItsSentenceAtTheEndIsItsSubjectAndTheOpenerIsNot() {
        String text = "Ivo Brandt won the crowd over, Lara Vos said. \u201CNo,\u201D she said.";
        List<Mention> people = List.of(person(text, "Ivo Brandt"), person(text, "Lara Vos"));
        SpeakerCandidates finder = new SpeakerCandidates(text, people, List.of(inner(text, "No,")), PARSER);
        List<SpeakerCandidates.Candidate> found = finder.before(0, text.indexOf("No,"));
        assertEquals(List.of(new SpeakerCandidates.Candidate(people.get(0), 1, false, false, false),
                new SpeakerCandidates.Candidate(people.get(1), 1, false, false, true)), found);
    }
}
