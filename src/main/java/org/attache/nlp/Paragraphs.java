package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.TextSpan;

/** Finds paragraphs (runs of non-blank lines) in text, as trimmed spans. */
public final class Paragraphs {

    private Paragraphs() {
    }

    /** Blank means only white space, counting no-break spaces (scraped pages are full of them). */
    static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    public static List<TextSpan> of(String text) {
        List<TextSpan> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = i;
            while (i < n) {
                int lineEnd = text.indexOf('\n', i);
                if (lineEnd < 0) {
                    lineEnd = n;
                }
                if (isBlank(text, i, lineEnd)) {
                    break;
                }
                end = lineEnd;
                i = Math.min(n, lineEnd + 1);
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new TextSpan(start, end));
        }
        return out;
    }
}
