package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Quote;
import org.junit.jupiter.api.Test;

/** Cue-less quotations the text ties to a speaker: a "Source:" line, and words repeated from an earlier quotation. */
class EchoesTest {

    @Test
    void aSourceLineUnderABlockQuotationNamesItsSpeaker() {
        String text = "Officials met on Friday.\n\n\u201CThe bridge will reopen in May.\u201D\n\nSource: Harbour Board, "
                + "3 March 2021\n\nMisleading";
        int at = text.indexOf("Harbour Board");
        List<Quote> quotes = find(doc(text), List.of(mention(text, at, at + 13, "Harbour Board",
                ActorType.ORGANIZATION)));
        assertQuote(quotes.get(0), 27, 57, "Harbour Board");
    }

    @Test
    void wordsRepeatedFromAnEarlierQuotationAreItsSpeakers() {
        String text = "\u201CThe bridge is perfectly safe for lorries,\u201D Ida Marsh said on Monday.\n\nTom Reyes "
                + "inspected the beams in June.\n\n\u201Cperfectly safe\u201D\n\nTests showed cracks in two beams.";
        int ida = text.indexOf("Ida Marsh");
        int tom = text.indexOf("Tom Reyes");
        List<Quote> quotes = find(doc(text), List.of(mention(text, ida, ida + 9, "Ida Marsh", ActorType.PERSON),
                mention(text, tom, tom + 9, "Tom Reyes", ActorType.PERSON)));
        assertQuote(quotes.get(0), 1, 42, "Ida Marsh");
        assertQuote(quotes.get(1), 112, 126, "Ida Marsh"); // not Tom Reyes, named in between
    }
}
