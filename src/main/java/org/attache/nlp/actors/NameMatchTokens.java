package org.attache.nlp.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * The text cut into the units names are matched on: runs of letters and digits, and every other
 * non-space character on its own. "Russia's" is {@code Russia ' s} and "U.S." is {@code U . S .}, so a
 * name always ends at a word boundary and a possessive never sticks to it.
 * <p>
 * Separate from the sentences' OpenNLP tokens on purpose: a gazetteer alias is cut by this same rule
 * ({@link AliasTrie}, {@link GazetteerReader}) and must be cut exactly as the text is, with no model and
 * no sentence context; OpenNLP keeps "U.S." and "Mr." whole and splits "Russia's" as {@code Russia 's}
 * (on the dev texts about one token in twelve has no OpenNLP token of the same span). The OpenNLP tokens
 * feed the name finder only ({@link ModelEntityFilter#sentencesWithUnknownNames}).
 */
final class NameMatchTokens {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] keys;

    private NameMatchTokens(String text, int[] starts, int[] ends, String[] keys) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.keys = keys;
    }

    static NameMatchTokens of(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (isWordChar(text, i)) {
                int start = i;
                while (i < n && isWordChar(text, i)) {
                    i++;
                }
                spans.add(new int[] {start, i});
            } else {
                int len = Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                spans.add(new int[] {i, i + len});
                i += len;
            }
        }
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        String[] k = new String[spans.size()];
        for (int t = 0; t < spans.size(); t++) {
            s[t] = spans.get(t)[0];
            e[t] = spans.get(t)[1];
            k[t] = NameFolding.fold(text.substring(s[t], e[t]));
        }
        return new NameMatchTokens(text, s, e, k);
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    int size() {
        return keys.length;
    }

    String key(int i) {
        return keys[i];
    }

    String surface(int i) {
        return text.substring(starts[i], ends[i]);
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String text() {
        return text;
    }

    /** The first token whose start is at or after {@code offset}. */
    int indexAtOrAfter(int offset) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when tokens {@code i} and {@code i + 1} are separated by at most a line break, not a blank line. */
    boolean joined(int i) {
        int newlines = 0;
        for (int p = ends[i]; p < starts[i + 1]; p++) {
            if (text.charAt(p) == '\n' && ++newlines > 1) {
                return false;
            }
        }
        return true;
    }

    boolean isWord(int i) {
        return Character.isLetterOrDigit(text.charAt(starts[i]));
    }

    boolean isCapitalised(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }
}
