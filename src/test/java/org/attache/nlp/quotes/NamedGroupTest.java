package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
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

/** A group named after a person speaks as written ("Lund's family"), not the person. */
class NamedGroupTest {

    @Test
    void aFamilyNamedAfterAPersonSpeaksAsWritten() {
        String text = "Ivo Lund died on Monday. Lund's family has called on the city to release \u201Cevery single file.\u201D";
        List<Quote> quotes = find(doc(text), List.of(mention(text, 0, 8, "Ivo Lund", ActorType.PERSON),
                mention(text, 25, 29, "Ivo Lund", ActorType.PERSON)));
        assertQuote(quotes.get(0), 74, 92, "Lund's family");
        assertEquals("", quotes.get(0).speakerActor());
    }

    @Test
    void readsThePossessiveWhetherTheParserTookItOrNot() {
        String text = "Then Ames supporters chanted. Kerr's relatives said little.";
        assertEquals("Ames supporters", NamedGroup.after(text, new TextSpan(5, 9)).name());
        assertEquals("Kerr's relatives", NamedGroup.after(text, new TextSpan(30, 36)).name());
        assertEquals("Kerr's relatives", NamedGroup.after(text, new TextSpan(30, 34)).name());
        assertNull(NamedGroup.after("Kerr said the family left.", new TextSpan(0, 4)), "no group right after the name");
    }

    @Test
    void aQuotationWithoutItsOwnCueInASentenceOpenedByAGroupIsTheGroups() {
        String text = "Ivo Lund died in the crash. Lund's relatives, with their lawyers, watched the tape on Monday"
                + " and said they found \u201Cno answers at all.\u201D";
        List<Quote> quotes = find(doc(text), List.of(mention(text, 0, 8, "Ivo Lund", ActorType.PERSON),
                mention(text, 28, 32, "Ivo Lund", ActorType.PERSON)));
        assertQuote(quotes.get(0), 114, 132, "Lund's relatives");
        assertEquals("", quotes.get(0).speakerActor());
    }
}
