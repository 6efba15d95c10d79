package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Quote;
import org.junit.jupiter.api.Test;

/** "his campaign said": the campaign of the person the possessive points to. */
class PossessedSpeakerTest {

    @Test
    void hisCampaignIsTheCampaignOfTheManHisPointsTo() {
        String text = "Ned Ames spoke in Dayton on Friday. \u201CWe will win Ohio,\u201D his campaign said.";
        List<Quote> quotes = find(doc(text), List.of(mention(text, 0, 8, "Ned Ames", ActorType.PERSON)));
        assertQuote(quotes.get(0), 37, 54, "Ames's campaign");
    }

    @Test
    void withoutAnOwnerTheDescriptionStays() {
        String text = "\u201CWe will win,\u201D his campaign said.";
        assertQuote(find(doc(text), List.of()).get(0), 1, 13, "his campaign");
    }
}
