package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Quote;
import org.junit.jupiter.api.Test;

/** French quotation shapes (cues-fr.txt): guillemets and curly marks, inverted and prepositional cues. */
class FrenchQuotesTest {

    @Test
    void guillemetsThenInvertedCueThenSpeaker() {
        String text = "« Nous défendrons chaque pouce du territoire allié », a déclaré Jens Stoltenberg.";
        List<Quote> q = find(doc(text), List.of(mention(text, 63, 79, "Jens Stoltenberg", ActorType.PERSON)));
        assertEquals(1, q.size());
        assertQuote(q.get(0), 2, 50, "Jens Stoltenberg");
        assertEquals("a déclaré", q.get(0).cue());
    }

    @Test
    void speakerThenCueThenCurlyQuote() {
        String text = "Jens Stoltenberg a ajouté : “La dissuasion reste crédible.”";
        List<Quote> q = find(doc(text), List.of(mention(text, 0, 16, "Jens Stoltenberg", ActorType.PERSON)));
        assertEquals(1, q.size());
        assertQuote(q.get(0), 29, 58, "Jens Stoltenberg");
        assertEquals("a ajouté", q.get(0).cue());
    }

    @Test
    void selonIsAccordingTo() {
        String text = "Selon Jens Stoltenberg, « l'Alliance est prête ».";
        List<Quote> q = find(doc(text), List.of(mention(text, 6, 22, "Jens Stoltenberg", ActorType.PERSON)));
        assertEquals(1, q.size());
        assertEquals("Jens Stoltenberg", q.get(0).speaker());
        assertEquals("Selon", q.get(0).cue(), "the cue as written");
    }
}
