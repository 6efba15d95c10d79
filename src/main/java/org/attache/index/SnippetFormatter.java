package org.attache.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as one line of plain text: matches wrapped in {@code **}, runs of
 * whitespace (paragraph breaks included) collapsed to one space, {@code …} where a passage starts
 * or ends inside the text. Plain text reads the same in a terminal, a CSV cell and JSON.
 */
final class SnippetFormatter extends PassageFormatter {

    static final String MARK = "**";
    static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        for (Passage p : passages) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            if (p.getStartOffset() > 0) {
                sb.append(ELLIPSIS);
            }
            int pos = p.getStartOffset();
            while (pos < p.getEndOffset() && blank(content.charAt(pos))) {
                pos++;
            }
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = Math.max(p.getMatchStarts()[i], pos);
                int end = p.getMatchEnds()[i];
                if (end <= pos) {
                    continue; // overlaps a match already marked
                }
                append(sb, content, pos, start);
                sb.append(MARK);
                append(sb, content, start, end);
                sb.append(MARK);
                pos = end;
            }
            append(sb, content, pos, p.getEndOffset());
            trimEnd(sb);
            if (p.getEndOffset() < content.length()) {
                sb.append(ELLIPSIS);
            }
        }
        return sb.toString().strip();
    }

    private static void append(StringBuilder sb, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (blank(c)) {
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void trimEnd(StringBuilder sb) {
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }
}
