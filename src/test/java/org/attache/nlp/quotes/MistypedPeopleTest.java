package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.junit.jupiter.api.Test;

/** Full names of people the name finder typed as organisations, read as people by the speaker stage. */
class MistypedPeopleTest {

    private static Quote only(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().equals(words)).findFirst().orElseThrow();
    }

    @Test
    void aNameAfterAnOrganisationsPossessiveOrOpeningWithAGivenNameIsAPerson() {
        String text = "Acme\u2019s Ivo Brandt met Claire Holt of Vesta Group and Brill Ostan.";
        List<Mention> typed = MistypedPeople.retyped(text, List.of(
                mention(text, 7, 17, "Ivo Brandt", ActorType.ORGANIZATION),
                mention(text, 22, 33, "Claire Holt", ActorType.ORGANIZATION),
                mention(text, 37, 48, "Vesta Group", ActorType.ORGANIZATION),
                mention(text, 53, 64, "Brill Ostan", ActorType.ORGANIZATION)));
        assertEquals(ActorType.PERSON, typed.get(0).type(), "someone of Acme's");
        assertEquals(ActorType.PERSON, typed.get(1).type(), "opens with a common given name");
        assertEquals(ActorType.ORGANIZATION, typed.get(2).type(), "an organisation word");
        assertEquals(ActorType.ORGANIZATION, typed.get(3).type(), "nothing shows a person");
        assertEquals("Brill Ostan", typed.get(3).text());
    }

    @Test
    void aMistypedNameAfterAVerbOfSayingTakesThePronounOverTheEarlierSpeaker() {
        String text = "\u201CWe will win,\u201D said Tom Reyes.\n\n"
                + "The polls may not move much this year, noted Acme\u2019s Ivo Brandt. \u201CVoters decided long ago,\u201D he wrote.";
        int tom = text.indexOf("Tom Reyes");
        int ivo = text.indexOf("Ivo Brandt");
        List<Mention> mentions = List.of(mention(text, tom, tom + 9, "Tom Reyes", ActorType.PERSON),
                mention(text, ivo, ivo + 10, "Ivo Brandt", ActorType.ORGANIZATION));
        Quote q = only(find(doc(text), mentions), "Voters decided long ago,");
        assertEquals("Ivo Brandt", q.speaker());
    }

    @Test
    void aSurnameAloneIsTheMistypedFullNameBeforeIt() {
        String text = "Claire Maren Holt regrets her words.\n\n\u201CI was wrong,\u201D Holt said.";
        List<Mention> mentions = List.of(mention(text, 0, 17, "Claire Maren Holt", ActorType.ORGANIZATION));
        Quote q = only(find(doc(text), mentions), "I was wrong,");
        assertEquals("Claire Maren Holt", q.speaker());
        assertEquals("Claire Maren Holt", q.speakerActor());
    }
}
