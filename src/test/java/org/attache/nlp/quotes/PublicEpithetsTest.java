package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Quote;
import org.junit.jupiter.api.Test;

/** "The candidate said": a word for a public figure points back to the person named; an unnamed source's does not. */
class PublicEpithetsTest {

    @Test
    void theCandidateIsThePersonTheTextNamed() {
        String text = "Lena Ostrova toured the harbour on Friday. \u201CWe will rebuild it,\u201D the candidate said.";
        int at = text.indexOf("Lena Ostrova");
        List<Quote> quotes = find(doc(text), List.of(mention(text, at, at + 12, "Lena Ostrova", ActorType.PERSON)));
        assertQuote(quotes.get(0), 44, 63, "Lena Ostrova");
    }

    @Test
    void theOfficialKeepsItsDescription() {
        String text = "Lena Ostrova toured the harbour on Friday. \u201CThe budget is spent,\u201D the official said.";
        int at = text.indexOf("Lena Ostrova");
        List<Quote> quotes = find(doc(text), List.of(mention(text, at, at + 12, "Lena Ostrova", ActorType.PERSON)));
        assertQuote(quotes.get(0), 44, 64, "official");
    }

    @Test
    void theCandidateIntroducedUnnamedKeepsThatDescription() {
        String text = "Lena Ostrova toured the harbour. A young candidate from Varna joined her. \u201CIt is too late,\u201D "
                + "the candidate said.";
        int at = text.indexOf("Lena Ostrova");
        List<Quote> quotes = find(doc(text), List.of(mention(text, at, at + 12, "Lena Ostrova", ActorType.PERSON)));
        assertQuote(quotes.get(0), 75, 90, "young candidate");
    }
}
