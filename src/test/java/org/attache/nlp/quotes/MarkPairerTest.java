package org.attache.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attache.model.TextSpan;
import org.attache.nlp.Paragraphs;
import org.junit.jupiter.api.Test;

/** Pairing quotation marks: outermost quotations only, in order, whatever the marks; linear in the text. */
class MarkPairerTest {

    @Test
    void nestedQuotesBelongToTheOuterOne() {
        String text = "He said \"we call it 'the quiet channel' here\" and \"no more\".";
        List<MarkedSpan> spans = MarkPairer.pair(text, List.of(new TextSpan(0, text.length())));
        assertEquals(List.of("we call it 'the quiet channel' here", "no more"),
                spans.stream().map(s -> s.inner().of(text)).toList());
    }

    /** Markup kept by a plain-text export: attribute values are nobody's words, the element's text may hold some. */
    @Test
    void markupAttributeValuesAreNotQuotations() {
        String text = "<post author=\"@quill_dana\" when=\"2024-05-02\">Rain again, \"as promised\" by nobody.</post>";
        List<MarkedSpan> spans = MarkPairer.pair(text, List.of(new TextSpan(0, text.length())));
        assertEquals(List.of("as promised"), spans.stream().map(s -> s.inner().of(text)).toList());
        assertEquals(58, spans.get(0).inner().start());
    }

    @Test
    void aMarkAfterAnEqualsSignInProseStillOpensAQuotation() {
        String text = "The rule reads x = \"never twice\", he said.";
        List<MarkedSpan> spans = MarkPairer.pair(text, List.of(new TextSpan(0, text.length())));
        assertEquals(List.of("never twice"), spans.stream().map(s -> s.inner().of(text)).toList());
    }

    /**
     * Forty thousand words each in its own pair of straight marks, in one paragraph: one quotation each.
     * Pairing compared every quotation with every other before (38 s for this shape in a run).
     */
    @Test
    void manyAlternatingMarksPairOneByOne() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            sb.append("\"w").append(i).append("\" ");
        }
        String text = sb.toString();
        List<MarkedSpan> spans = MarkPairer.pair(text, List.of(new TextSpan(0, text.length())));
        assertEquals(40_000, spans.size());
        assertEquals("w39999", spans.get(39_999).inner().of(text));
    }

    /** Random marks, words and paragraphs: spans valid, in order, none inside another. */
    @Test
    void randomMarksGiveOrderedOutermostSpans() {
        Random random = new Random(21);
        String[] pieces = {"\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "word", " ",
            " ", "said", ".", "\n\n", "''"};
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(80);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            List<TextSpan> paragraphs = Paragraphs.of(text);
            List<MarkedSpan> spans = MarkPairer.pair(text, paragraphs);
            List<TextSpan> outers = new ArrayList<>();
            for (MarkedSpan s : spans) {
                assertTrue(s.open() <= s.inner().start() && s.inner().end() <= s.close() && s.close() <= text.length(),
                        text);
                outers.add(s.outer());
            }
            for (int i = 0; i < outers.size(); i++) {
                if (i > 0) {
                    assertTrue(outers.get(i - 1).start() <= outers.get(i).start(), text);
                }
                for (int j = 0; j < outers.size(); j++) {
                    TextSpan a = outers.get(i);
                    TextSpan b = outers.get(j);
                    assertTrue(i == j || a.equals(b) || !a.contains(b), "nested span kept in: " + text);
                }
            }
        }
    }
}
