package org.attache.nlp.actors;

import static org.attache.nlp.actors.TaggedPeople.people;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of several people sharing a surname a bare surname stands for, with exact offsets. */
class PersonCoreferenceTest {

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
    void theSpeakerOfAQuoteNamedByASharedSurnameIsThePersonNamedMost() {
        // the quote stage takes this choice as it is (NamesakesTest)
        String text = "Tom Vance backed the bill. Vance spoke first. His wife, Rita Vance, sat in the front row."
                + " \u201CWe will win,\u201D Vance said.";
        assertEquals(List.of("0-9 Tom Vance=Tom Vance", "27-32 Vance=Tom Vance", "56-66 Rita Vance=Rita Vance",
                "105-110 Vance=Tom Vance"), people(text, "Tom Vance", "Rita Vance"));
    }

    @Test
    void onATieTheOneNamedLastWins() {
        String text = "Rena Dovholm came with her husband, Arne Dovholm. Dovholm said the vote was close.";
        assertEquals(List.of("0-12 Rena Dovholm=Rena Dovholm", "36-48 Arne Dovholm=Arne Dovholm",
                "50-57 Dovholm=Arne Dovholm"), people(text, "Rena Dovholm", "Arne Dovholm"));
    }

    @Test
    void aGivenNameAloneBeforeCountsForThePersonOnATie() {
        // the headline calls her by first name: she is the one the article is about
        String text = "Rena is back.\n\nRena Dovholm came with her husband, Arne Dovholm. Dovholm said the vote was close.";
        assertEquals(List.of("0-4 Rena=Rena Dovholm", "15-27 Rena Dovholm=Rena Dovholm", "51-63 Arne Dovholm=Arne Dovholm",
                "65-72 Dovholm=Rena Dovholm"), people(text, "Rena Dovholm", "Arne Dovholm", "Rena"));
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
