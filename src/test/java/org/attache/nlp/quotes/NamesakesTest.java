package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * A surname two people of one document share, read with a gender ("Mrs. Vance", "she"): the namesake of that
 * gender. A bare surname alone is the actors stage's choice ({@code PersonCoreferenceTest}).
 */
class NamesakesTest {

    private static final String TEXT = "Tom Vance backed the bill. Vance spoke first. His wife, Rita Vance, sat in the front row."
            + " \u201CWe will win,\u201D Vance said.";

    /** The mentions of TEXT, the last bare "Vance" given to {@code lastVance}. */
    private static List<Mention> mentions(String lastVance) {
        int tom = TEXT.indexOf("Tom Vance");
        int bare = TEXT.indexOf("Vance spoke");
        int rita = TEXT.indexOf("Rita Vance");
        int last = TEXT.lastIndexOf("Vance");
        return List.of(mention(TEXT, tom, tom + 9, "Tom Vance", ActorType.PERSON),
                mention(TEXT, bare, bare + 5, "Tom Vance", ActorType.PERSON),
                mention(TEXT, rita, rita + 10, "Rita Vance", ActorType.PERSON),
                mention(TEXT, last, last + 5, lastVance, ActorType.PERSON));
    }

    @Test
    void anUntitledBareSurnameIsThePersonTheActorsStageGaveItTo() {
        Quote quote = find(doc(TEXT), mentions("Tom Vance")).get(0);
        assertQuote(quote, 91, 103, "Tom Vance");
        assertEquals("Tom Vance", quote.speakerActor());
        Quote relative = find(doc(TEXT), mentions("Rita Vance")).get(0);
        assertQuote(relative, 91, 103, "Rita Vance");
        assertEquals("Rita Vance", relative.speakerActor(), "the quote stage does not overrule the actors stage");
    }

    @Test
    void aTitledSurnameNoOneElseHasKeepsTheActorsStagesChoice() {
        String text = "Tom Vance backed the bill. \u201CWe will win,\u201D Mr. Vance said.";
        int last = text.lastIndexOf("Vance");
        List<Mention> people = List.of(mention(text, 0, 9, "Tom Vance", ActorType.PERSON),
                mention(text, last, last + 5, "Tom Vance", ActorType.PERSON));
        Quote quote = find(doc(text), people).get(0);
        assertQuote(quote, 28, 40, "Tom Vance");
        assertEquals("Tom Vance", quote.speakerActor());
    }

    @Test
    void aGenderTitleChoosesAmongTheNamesakesOfThatGender() {
        String text = "Tom Vance backed the bill. Vance spoke first. Rita Vance sat in the front row."
                + " \u201CWe will win,\u201D Mrs. Vance said.";
        int tom = text.indexOf("Tom Vance");
        int bare = text.indexOf("Vance spoke");
        int rita = text.indexOf("Rita Vance");
        int last = text.lastIndexOf("Vance");
        List<Mention> people = List.of(mention(text, tom, tom + 9, "Tom Vance", ActorType.PERSON),
                mention(text, bare, bare + 5, "Tom Vance", ActorType.PERSON),
                mention(text, rita, rita + 10, "Rita Vance", ActorType.PERSON),
                mention(text, last, last + 5, "Tom Vance", ActorType.PERSON));
        List<Quote> quotes = find(doc(text), people);
        assertQuote(quotes.get(0), 80, 92, "Rita Vance");
    }

    @Test
    void sheIsTheNamesakeOfHerGenderThoughTheBareSurnameWasGivenToTheOther() {
        String text = "Ada Lund spoke at the rally. Ada Lund lost her husband, Tev Lund, in the war."
                + " Lund said she misses him. Lund said she would speak. \u201CWe will not forget,\u201D she said.";
        int first = text.indexOf("Lund said");
        int second = text.lastIndexOf("Lund said");
        List<Mention> people = List.of(mention(text, 0, 8, "Ada Lund", ActorType.PERSON),
                mention(text, 29, 37, "Ada Lund", ActorType.PERSON),
                mention(text, 56, 64, "Tev Lund", ActorType.PERSON),
                mention(text, first, first + 4, "Tev Lund", ActorType.PERSON), // the actors stage's wrong choice
                mention(text, second, second + 4, "Tev Lund", ActorType.PERSON));
        List<Quote> quotes = find(doc(text), people);
        int open = text.indexOf('\u201C') + 1;
        assertEquals(132, open);
        assertQuote(quotes.get(0), 132, 151, "Ada Lund");
    }

    @Test
    void heKeepsAPersonOfUnknownGenderNamedInFullAsOftenAsTheNamesakeOfHisGender() {
        String text = "Hugo Rand won the vote. Officer Jeh Rand warned of attacks on the count."
                + " Rand said the count was safe. \u201CNo one system can fail,\u201D he said.";
        int hugo = text.indexOf("Hugo Rand");
        int jeh = text.indexOf("Jeh Rand");
        int bare = text.indexOf("Rand said");
        List<Mention> people = List.of(mention(text, hugo, hugo + 9, "Hugo Rand", ActorType.PERSON),
                mention(text, jeh, jeh + 8, "Jeh Rand", ActorType.PERSON),
                mention(text, bare, bare + 4, "Jeh Rand", ActorType.PERSON));
        List<Quote> quotes = find(doc(text), people);
        int open = text.indexOf('\u201C') + 1;
        assertQuote(quotes.get(0), open, text.indexOf('\u201D'), "Jeh Rand");
    }

    @Test
    void sheIsTheWomanOfThatSurnameTheActorsStageMissedWhenTheBareSurnameWentToAMan() {
        String text = "Tom Lund and his wife walked the street. Lund waved at us. Anna Lund shook her head."
                + " Lund said she liked the town. \u201CWe love it here,\u201D she said.";
        List<Mention> people = List.of(mention(text, 0, 8, "Tom Lund", ActorType.PERSON),
                mention(text, 41, 45, "Tom Lund", ActorType.PERSON),
                mention(text, 64, 68, "Tom Lund", ActorType.PERSON), // "Anna Lund" missed, its surname given to him
                mention(text, 85, 89, "Tom Lund", ActorType.PERSON));
        List<Quote> quotes = find(doc(text), people);
        assertQuote(quotes.get(0), 116, 132, "Anna Lund");
        assertEquals("", quotes.get(0).speakerActor(), "not an actor of the actors stage");
    }

    @Test
    void mrsIsTheWomanOfThatSurnameTheActorsStageMissedWhenTheSurnameWentToAMan() {
        String text = "Tom Lund and his wife walked the street. Anna Lund shook her head."
                + " \u201CWe love it here,\u201D Mrs. Lund said.";
        List<Mention> people = List.of(mention(text, 0, 8, "Tom Lund", ActorType.PERSON),
                mention(text, 46, 50, "Tom Lund", ActorType.PERSON), // "Anna Lund" missed, its surname given to him
                mention(text, 91, 95, "Tom Lund", ActorType.PERSON));
        List<Quote> quotes = find(doc(text), people);
        assertEquals(68, text.indexOf('\u201C') + 1);
        assertEquals("Lund", text.substring(91, 95));
        assertQuote(quotes.get(0), 68, 84, "Anna Lund");
        assertEquals("", quotes.get(0).speakerActor(), "not an actor of the actors stage");
    }
}
