package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.attache.model.SpanAssertions.assertInside;

import org.attache.model.BlockQuote;
import org.attache.model.TextSpan;

/** Invariants every cleaned page must keep; every cleaning test goes through here. */
final class CleanedPageAssertions {

    private CleanedPageAssertions() {
    }

    static void assertValid(CleanedPage page) {
        String text = page.text();
        assertFalse(text.contains("\n\n\n"), "paragraphs separated by exactly one blank line");
        assertEquals(text.strip(), text, "no leading or trailing whitespace");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertTrue(c == '\n' || c == '\t' || c >= 0x20 && (c < 0x7F || c > 0x9F), "control character at " + i);
        }
        int previousEnd = -1;
        StringBuilder rebuilt = new StringBuilder();
        for (TextSpan p : page.paragraphs()) {
            assertInside(p, text, "paragraph");
            assertTrue(p.start() > previousEnd, "spans in order, not overlapping");
            String para = p.of(text);
            assertFalse(para.isBlank(), "no empty paragraph");
            assertFalse(para.contains("\n"), "a paragraph is one line");
            if (rebuilt.length() > 0) {
                rebuilt.append("\n\n");
            }
            rebuilt.append(para);
            previousEnd = p.end();
        }
        assertEquals(text, rebuilt.toString(), "paragraph spans cover the text");
        for (BlockQuote q : page.blockQuotes()) {
            assertTrue(page.paragraphs().contains(q.quote()), "a block quote is a paragraph");
            q.attribution().ifPresent(a -> assertTrue(page.paragraphs().contains(a) && a.start() > q.quote().end()));
        }
        page.removals().forEach(r -> assertFalse(r.rule().isBlank()));
    }
}
