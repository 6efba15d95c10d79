package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.attache.model.Quote;
import org.junit.jupiter.api.Test;

/** "the woman said" after "one woman adopted from Peru": the person the indefinite description introduced. */
class IntroducedDescriptionTest {

    @Test
    void theWomanIsTheWomanIntroducedBefore() {
        String text = "A 31-year-old baker from Hull lost his shop in May. One woman adopted from Peru learned of her "
                + "status in 2010. \u201CWe were never told,\u201D the woman said.";
        List<Quote> quotes = find(doc(text), List.of());
        assertEquals(1, quotes.size());
        assertQuote(quotes.get(0), 112, 131, "woman adopted from Peru");
    }

    @Test
    void theNearestIntroductionOfThatHeadWins() {
        String text = "A young woman waited outside. Later a 40-year-old woman arrived. The woman spoke.";
        assertEquals("40-year-old woman", IntroducedDescription.before(text, "woman", text.indexOf("The woman")));
        assertEquals("young woman", IntroducedDescription.before(text, "woman", text.indexOf("Later")));
    }

    @Test
    void aBareHeadOrALaterIntroductionSaysNothingMore() {
        String text = "A man waited outside. The man spoke. Then a tall man came.";
        assertNull(IntroducedDescription.before(text, "man", text.indexOf("The man")));
        assertNull(IntroducedDescription.before(text, "baker", text.length()));
    }
}
