package org.attache.cli;

import java.util.ArrayList;
import java.util.List;

/** Fits text to a terminal width: cut with an ellipsis, or word-wrapped to a number of lines. */
final class TextLayout {

    static final int WIDTH = 80;
    static final String ELLIPSIS = "…";

    private TextLayout() {
    }

    /** The text on one line of at most {@code width} characters, cut with … if longer. */
    static String fit(String text, int width) {
        String t = oneLine(text);
        if (length(t) <= width) {
            return t;
        }
        int end = t.offsetByCodePoints(0, Math.max(0, width - 1));
        return t.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** A path-like text on one line: cut in the middle, since its start and its end (the file name) both matter. */
    static String fitMiddle(String text, int width) {
        String t = oneLine(text);
        int n = length(t);
        if (n <= width || width < 8) {
            return fit(t, width);
        }
        int head = (width - 1) / 3;
        int tail = width - 1 - head;
        return t.substring(0, t.offsetByCodePoints(0, head)) + ELLIPSIS + t.substring(t.offsetByCodePoints(0, n - tail));
    }

    /** Word-wrapped to lines of at most {@code width}; beyond {@code maxLines} the last line ends with …. */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : oneLine(text).split("[\\s\\p{Z}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && length(line) + 1 + length(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
            while (length(line) > width) { // a single word longer than the line
                int cut = line.offsetByCodePoints(0, width);
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            String room = length(last) < width ? last : last.substring(0, last.offsetByCodePoints(0, width - 1));
            kept.set(maxLines - 1, room.stripTrailing() + ELLIPSIS);
            return kept;
        }
        return lines;
    }

    /** Left text and right text on one line of {@code width}, the left one cut to make room. */
    static String spread(String left, String right, int width) {
        return spread(left, right, width, false);
    }

    /** As {@link #spread(String, String, int)}, cutting the left text in the middle when {@code middle}. */
    static String spread(String left, String right, int width, boolean middle) {
        if (right.isEmpty()) {
            return middle ? fitMiddle(left, width) : fit(left, width);
        }
        int room = Math.max(1, width - length(right) - 1);
        String l = middle ? fitMiddle(left, room) : fit(left, room);
        return l + " ".repeat(Math.max(1, width - length(l) - length(right))) + right;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n\\t\\u000B\\f\\u0085\\u2028\\u2029]\\s*", " ").strip();
    }

    static int length(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }
}
