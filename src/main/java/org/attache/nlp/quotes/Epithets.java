package org.attache.nlp.quotes;

import java.util.Locale;

/**
 * A quoted word or two set into a person's name is a nickname or an epithet, not anybody's words: Marcia
 * "Cia" Price, the "Iron" Duke Wellesley. Read from the words on either side of the marks: a capitalised name word
 * (or "the") before, a capitalised name word after, and no punctuation closing the quoted words.
 */
final class Epithets {

    private static final int LONGEST = 2;

    private Epithets() {
    }

    static boolean inName(String text, MarkedSpan m) {
        String inner = m.inner().of(text).strip();
        if (inner.isEmpty() || !Character.isLetterOrDigit(inner.charAt(inner.length() - 1))
                || QuoteTokenizer.wordsBetween(text, m.inner().start(), m.inner().end()) > LONGEST) {
            return false;
        }
        String next = wordAfter(text, m.close());
        String prev = wordBefore(text, m.open());
        return isNameWord(next) && (prev.equals("the") || isNameWord(prev));
    }

    /** A capitalised word that is not a function word, a pronoun or a possessive. */
    private static boolean isNameWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.endsWith("'s") || w.endsWith("\u2019s")) {
            return false;
        }
        String l = w.toLowerCase(Locale.ROOT);
        return !SpeakerParser.FUNCTION_WORDS.contains(l) && !SpeakerParser.PRONOUNS.contains(l);
    }

    /** The word right after {@code at} past one space, or "" when punctuation or a line break comes first. */
    private static String wordAfter(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != ' ') {
            return "";
        }
        int e = at + 1;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.')) {
            e++;
        }
        return text.substring(at + 1, e);
    }

    /** The word right before {@code at} past one space, or "" when punctuation comes first. */
    private static String wordBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') {
            return "";
        }
        int b = at - 1;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.'
                || text.charAt(b - 1) == '\'' || text.charAt(b - 1) == '\u2019')) {
            b--;
        }
        return text.substring(b, at - 1);
    }
}
