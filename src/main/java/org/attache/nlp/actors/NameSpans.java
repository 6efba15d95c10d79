package org.attache.nlp.actors;

import org.attache.model.TextSpan;

/**
 * The shape of a candidate name on the sheet's tokens: where a model entity lies, what to trim off
 * it, how far it runs on, and whether what is left looks like a name at all.
 */
final class NameSpans {

    private static final int MAX_NAME_TOKENS = 8;
    private static final String QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e";

    private final MentionSheet sheet;
    private final TextTokens tokens;

    NameSpans(MentionSheet sheet) {
        this.sheet = sheet;
        this.tokens = sheet.tokens;
    }

    /** The tokens inside a character span, or null. */
    int[] tokenRange(TextSpan span) {
        if (span.end() > sheet.text.length() || span.length() == 0) {
            return null;
        }
        int a = tokens.indexAtOrAfter(span.start());
        int b = a - 1;
        while (b + 1 < tokens.size() && tokens.end(b + 1) <= span.end()) {
            b++;
        }
        return a <= b ? new int[] {a, b} : null;
    }

    /** The longest run of tokens in {@code a..b} that no earlier mention covers. */
    int[] longestFreeRun(int a, int b) {
        int[] best = null;
        int runStart = -1;
        for (int t = a; t <= b + 1; t++) {
            boolean free = t <= b && !sheet.covered(t);
            if (free && runStart < 0) {
                runStart = t;
            } else if (!free && runStart >= 0) {
                if (best == null || t - runStart > best[1] - best[0] + 1) {
                    best = new int[] {runStart, t - 1};
                }
                runStart = -1;
            }
        }
        return best;
    }

    /**
     * "Lena K." + "Osterholm": a person's name that stops at a middle initial and its dot goes on to
     * the capitalised word right after it (the name finder often stops there, taking the dot for a
     * sentence end); the last token of the name.
     */
    int throughMiddleInitial(int a, int b) {
        int initial = ".".equals(tokens.surface(b)) ? b - 1 : b;
        int dot = initial + 1;
        int next = dot + 1;
        String s = tokens.surface(initial);
        boolean isInitial = initial > a && s.length() == 1 && Character.isUpperCase(s.charAt(0));
        if (!isInitial || next >= tokens.size() || !".".equals(tokens.surface(dot))
                || tokens.start(dot) != tokens.end(initial) || sheet.covered(next) || !tokens.isWord(next)
                || !tokens.isCapitalised(next) || tokens.surface(next).length() < 2
                || sheet.text.substring(tokens.end(dot), tokens.start(next)).chars().anyMatch(c -> c != ' ')
                || NameWords.FUNCTION_WORDS.contains(tokens.surface(next))) {
            return b;
        }
        return next;
    }

    /**
     * "Rivo" + "-PL": a name that stops at a hyphen joining it to a capitalised word goes on to that
     * word (the tokenizer splits at hyphens); the last token of the name.
     */
    int throughHyphen(int b) {
        int hyphen = b + 1;
        int next = b + 2;
        if (next < tokens.size() && "-".equals(tokens.surface(hyphen)) && tokens.start(hyphen) == tokens.end(b)
                && tokens.start(next) == tokens.end(hyphen) && !sheet.covered(next) && tokens.isWord(next)
                && Character.isUpperCase(sheet.text.charAt(tokens.start(next)))) {
            return throughHyphen(next);
        }
        return b;
    }

    boolean followedBy(int t, java.util.Set<String> words) {
        return t + 1 < tokens.size() && tokens.joined(t) && words.contains(tokens.surface(t + 1));
    }

    boolean nextIsNumber(int t) {
        return t + 1 < tokens.size() && tokens.joined(t) && tokens.surface(t + 1).chars().allMatch(Character::isDigit);
    }

    /** Drops leading "the", titles and punctuation, and a trailing possessive or punctuation. */
    int[] trim(int a, int b, boolean person) {
        while (a <= b) {
            String s = tokens.surface(a);
            boolean drop = !tokens.isWord(a) || s.equalsIgnoreCase("the")
                    || person && (NameWords.TITLES.contains(s) || NameWords.FUNCTION_WORDS.contains(s));
            if (!drop) {
                break;
            }
            a++;
        }
        while (b >= a) {
            String s = tokens.surface(b);
            boolean possessive = (s.equals("s") || s.equals("S")) && b - 1 >= a
                    && "'’".contains(tokens.surface(b - 1));
            if (possessive) {
                b -= 2;
            } else if (!tokens.isWord(b) && !s.equals(".")) {
                b--;
            } else if (s.equals(".") && (b - 1 < a || tokens.surface(b - 1).length() > 2)) {
                b--;
            } else if (person && b > a && (NameWords.FUNCTION_WORDS.contains(s)
                    || sheet.titleCase(b) && sheet.usedAsCommonWord(s))) {
                b--; // a headline's verb or noun after the name: "Putin Says", "Biden Warns"
            } else {
                break;
            }
        }
        return a <= b ? new int[] {a, b} : null;
    }

    boolean looksLikeName(int a, int b) {
        if (b - a + 1 > MAX_NAME_TOKENS || !tokens.isWord(a) || !tokens.isCapitalised(a)) {
            return false;
        }
        for (int t = a; t < b; t++) {
            if (!tokens.joined(t)) {
                return false;
            }
        }
        boolean anyName = false;
        for (int t = a; t <= b; t++) {
            String s = tokens.surface(t);
            if (tokens.isWord(t) && Character.isUpperCase(s.charAt(0)) && s.length() > 1
                    && !NameWords.neverAName(s) && !s.chars().allMatch(Character::isDigit)) {
                anyName = true;
            }
            if (s.equals("@") || s.equals("/") || s.equals("=") || QUOTE_MARKS.indexOf(s.charAt(0)) >= 0) {
                return false; // a quotation mark inside means the span crosses into or out of a quote
            }
        }
        return anyName;
    }
}
