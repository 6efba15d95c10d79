package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.TextSpan;
import org.attache.nlp.EntityTagger;
import org.attache.nlp.NamedEntity;
import org.junit.jupiter.api.Test;

/** Which of several people sharing a surname a bare surname stands for, with exact offsets. */
class PersonCoreferenceTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    /** "start-end text=actor" for every person mention, in order. */
    private static List<String> people(String text, String... personNames) {
        List<NamedEntity> entities = new ArrayList<>();
        for (String name : personNames) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                entities.add(new NamedEntity(new TextSpan(at, at + name.length()), NamedEntity.PERSON, 0.8));
            }
        }
        entities.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        EntityTagger tagger = (t, sentences) -> entities;
        List<Mention> mentions = new ActorResolver(GAZETTEER, Optional.of(tagger)).find(text, List.of());
        Invariants.check(text, mentions);
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.PERSON) {
                out.add(m.span().start() + "-" + m.span().end() + " " + m.text() + "=" + m.actor());
            }
        }
        return out;
    }

    @Test
    void aBareSurnameIsTheRelativeNamedMostOftenNotTheOneNamedLast() {
        String text = "Marta Velkov spoke first. Marta Velkov, whose brother Ivo Velkov came too, "
                + "disagreed. Velkov said so twice.";
        assertEquals(List.of("0-12 Marta Velkov=Marta Velkov", "26-38 Marta Velkov=Marta Velkov",
                "54-64 Ivo Velkov=Ivo Velkov", "86-92 Velkov=Marta Velkov"),
                people(text, "Marta Velkov", "Ivo Velkov"));
    }

    @Test
    void theSurnamesAlreadyLinkedCountForThePersonTheArticleIsAbout() {
        String text = "Rena Dovholm won. Dovholm thanked voters. Her husband, Arne Dovholm, smiled. Dovholm said so.";
        assertEquals(List.of("0-12 Rena Dovholm=Rena Dovholm", "18-25 Dovholm=Rena Dovholm",
                "55-67 Arne Dovholm=Arne Dovholm", "77-84 Dovholm=Rena Dovholm"),
                people(text, "Rena Dovholm", "Arne Dovholm"));
    }

    @Test
    void onATieTheOneNamedLastWins() {
        String text = "Rena Dovholm came with her husband, Arne Dovholm. Dovholm said the vote was close.";
        assertEquals(List.of("0-12 Rena Dovholm=Rena Dovholm", "36-48 Arne Dovholm=Arne Dovholm",
                "50-57 Dovholm=Arne Dovholm"), people(text, "Rena Dovholm", "Arne Dovholm"));
    }

    @Test
    void aGivenNameTheModelLeftOutIsPartOfTheName() {
        String text = "Former Gov. Brannoc Velt said he would run. Asked again, Velt declined.";
        assertEquals(List.of("12-24 Brannoc Velt=Brannoc Velt", "57-61 Velt=Brannoc Velt"),
                people(text, "Velt"));
    }

    @Test
    void aSentencesFirstWordOrAShowsNameBeforeASurnameIsNoGivenName() {
        String text = "Later Velt spoke on Morning Velt, a talk show.";
        assertEquals(List.of("6-10 Velt=Velt", "28-32 Velt=Velt"), people(text, "Velt"));
    }

    @Test
    void aSurnameBeforeAnyFullNameIsTheNextOneNamed() {
        String text = "Kessandri wins.\n\nTomas Kessandri won the seat. Kessandri thanked voters.";
        assertEquals(List.of("0-9 Kessandri=Tomas Kessandri", "17-32 Tomas Kessandri=Tomas Kessandri",
                "47-56 Kessandri=Tomas Kessandri"), people(text, "Tomas Kessandri"));
    }
    @Test
    void aCourtesyTitlePassesOverARelativeOfTheOtherGender() {
        String text = "Claire Ostrander came with Bruce Ostrander. Bruce Ostrander spoke. Mrs. Ostrander smiled. "
                + "Mr. Ostrander left.";
        assertEquals(List.of("0-16 Claire Ostrander=Claire Ostrander", "27-42 Bruce Ostrander=Bruce Ostrander",
                "44-59 Bruce Ostrander=Bruce Ostrander", "72-81 Ostrander=Claire Ostrander",
                "94-103 Ostrander=Bruce Ostrander"), people(text, "Claire Ostrander", "Bruce Ostrander"));
    }

    @Test
    void aCourtesyTitleChoosesAmongKnownPeopleOfOneSurname() {
        String text = "Bill Clinton spoke at the dinner. Mrs. Clinton did not.";
        assertEquals(List.of("0-12 Bill Clinton=Bill Clinton", "39-46 Clinton=Hillary Clinton"), people(text));
    }
}
