package org.attache.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * The span invariants every stage's output keeps, in one place for every test: a span lies inside
 * the clean text, a record's words are the text at its span, and lists come in text order.
 */
public final class SpanAssertions {

    private SpanAssertions() {
    }

    /** The span ends within the text (a {@link TextSpan} checks its own start and order). */
    public static void assertInside(TextSpan span, CharSequence text, Object context) {
        assertTrue(span.end() <= text.length(),
                () -> context + ": span " + span + " beyond text length " + text.length());
    }

    /** The span is inside the text and {@code words} are the text at the span. */
    public static void assertCovers(TextSpan span, String text, String words, Object context) {
        assertInside(span, text, context);
        assertEquals(span.of(text), words, () -> context + ": words are not the text at " + span);
    }

    /** Each span starts no earlier than the one before it. */
    public static void assertInTextOrder(List<TextSpan> spans, Object context) {
        for (int i = 1; i < spans.size(); i++) {
            TextSpan before = spans.get(i - 1);
            TextSpan span = spans.get(i);
            assertTrue(before.start() <= span.start(), () -> context + ": " + before + " before " + span);
        }
    }

    /** Every span of a document's structure and of its analysis, with the words they name. */
    public static void assertValid(Analysis analysis) {
        CleanDocument d = analysis.document();
        String text = d.text();
        d.paragraphs().forEach(p -> assertInside(p, text, d.id()));
        d.blockQuotes().forEach(b -> {
            assertInside(b.quote(), text, d.id());
            b.attribution().ifPresent(a -> assertInside(a, text, d.id()));
        });
        for (Mention m : analysis.mentions()) {
            assertCovers(m.span(), text, m.text(), d.id());
        }
        for (Quote q : analysis.quotes()) {
            assertCovers(q.span(), text, q.text(), d.id());
            if (q.speakerSpan() != null) {
                assertInside(q.speakerSpan(), text, d.id());
            }
        }
        for (Statement s : analysis.statements()) {
            assertCovers(s.span(), text, s.text(), d.id());
        }
    }
}
