package org.attache.ingest;

import org.attache.model.Metadata;

/**
 * Drops control characters (C0, DEL and C1, but not tab and newline) from cleaned text. The decoder
 * already drops raw control bytes; this pass catches the ones that entity and escape decoding bring
 * back ({@code &#x1b;} in HTML, {@code \x1b} or {@code \a} in YAML), which would otherwise reach the
 * clean text, the metadata and every output, and drive a terminal that prints them.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
    }

    /**
     * {@code text} without control characters other than tab and newline (those that break lines, such
     * as CR and form feed, become a space); the same instance if it has none.
     */
    static String strip(String text) {
        int first = 0;
        while (first < text.length() && !isControl(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
            } else if (Character.isWhitespace(c) || c == '\u0085') {
                out.append(' '); // a line or page break written as an entity still separates words
            }
        }
        return out.toString();
    }

    static Metadata strip(Metadata m) {
        return new Metadata(strip(m.title()), strip(m.date()), strip(m.publisher()));
    }
}
