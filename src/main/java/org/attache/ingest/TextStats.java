package org.attache.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** Small measurements of a line of text, and picks among candidate values, that the cleaning rules share. */
final class TextStats {

    private TextStats() {
    }

    /**
     * Number of words (runs of letters or digits). Chinese and Japanese write no spaces: there every
     * two characters of a run count as one word, about the length of a word in those scripts, so a
     * sentence is as long as its English translation and not one word.
     */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        int unspacedRun = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unspaced = c >= 0x3040 && isUnspacedScript(c);
            boolean wordChar = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c);
            if (unspaced) {
                unspacedRun++;
                count += unspacedRun % 2 == 1 && !(unspacedRun == 1 && inWord) ? 1 : 0;
            } else {
                unspacedRun = 0;
                if (wordChar && !inWord) {
                    count++;
                }
            }
            inWord = wordChar;
        }
        return count;
    }

    /** Han ideographs, hiragana and katakana (with the long-vowel mark): scripts written without spaces. */
    private static boolean isUnspacedScript(char c) {
        if (c <= 0x30FF) {
            return true; // the kana blocks
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Ends like a sentence: terminal punctuation, possibly followed by closing quotes or brackets. */
    static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]*_ 」』）】".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:;。！？．：；".indexOf(text.charAt(i)) >= 0;
    }

    /** Share of the words (of three letters or more) that start with a capital letter. */
    static double capitalisedShare(String text) {
        int words = 0;
        int capitalised = 0;
        for (String w : text.split("[\\s\\-–—/]+")) {
            String letters = w.replaceAll("^[^\\p{L}\\d]+", "");
            if (letters.length() < 3 || !Character.isLetter(letters.charAt(0))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(letters.charAt(0))) {
                capitalised++;
            }
        }
        return words == 0 ? 0 : (double) capitalised / words;
    }

    /** A comparison key: NFKC, case-folded, punctuation dropped, whitespace collapsed. */
    static String key(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** Collapses whitespace runs (including no-break spaces) to one space and trims. */
    static String collapse(String text) {
        if (isCollapsed(text)) {
            return text; // most lines reach here already collapsed (blocks are collapsed when split, then again when assembled)
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00AD' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
                // soft hyphens and zero-width joiners are invisible: words must stay whole
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** Whether {@link #collapse} would return the text unchanged: single ASCII spaces between visible characters only. */
    private static boolean isCollapsed(String text) {
        int n = text.length();
        boolean previousSpace = true; // a leading space is trimmed
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previousSpace) {
                    return false;
                }
                previousSpace = true;
                continue;
            }
            if (c == '\u00AD' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u200B'
                    || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
            previousSpace = false;
        }
        return n == 0 || text.charAt(n - 1) != ' ';
    }

    /** The first value that is not null or blank, stripped; empty when there is none. */
    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
