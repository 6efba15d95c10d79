package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Speaker phrases read at the cue: appositives in a row, "said of", and the frames news writes cues in. */
class CueFramesTest {

    @Test
    void aSecondAppositiveAfterADescribedOneIsSkipped() {
        String text = "“It is an overreach of the state budget,” Ray Holt, the Republican treasurer of Ohio, "
                + "one of the states in the suit, said at a Capitol event.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 40, "Ray Holt");
        assertEquals(new TextSpan(42, 50), q.get(0).speakerSpan());
    }

    @Test
    void aLongLowerCaseRoleIsAnAppositiveAndSaidOfNamesWhatWasSpokenAbout() {
        String text = "“It is an overreach of the state budget,” Ray Holt, director of the Tax Center and a professor "
                + "at the Central School of Law, said of Dana Price’s plan.";
        List<Quote> q = find(text);
        assertEquals(1, q.size());
        assertQuote(q.get(0), 1, 40, "Ray Holt");
    }
}
