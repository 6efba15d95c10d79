package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.TextSpan;

/**
 * A nickname set in double quotation marks inside a name ("Marta "Tia" Venn said"): one capitalised word between a
 * given name and a surname, not in a title-cased line. It is part of the name, not a quotation, so it neither
 * ends the text around a quotation nor breaks the speaker phrase that runs through it.
 */
final class Nicknames {

    /** Nicknames take double marks; single ones set off words in headlines ("Trump Was 'Mocking' Clinton"). */
    private static final String MARKS = "\"\u201c\u201d";
    private static final String OPENING_MARKS = "\"\u201c";

    private Nicknames() {
    }

    /** Whether the marked span {@code m} is a nickname inside a name. */
    static boolean at(String text, MarkedSpan m) {
        TextSpan inner = m.inner();
        if (m.continued() || inner.length() < 2 || m.open() < 2 || m.close() + 1 >= text.length()
                || !isWord(text, inner.start(), inner.end())) {
            return false;
        }
        int before = m.open() - 1;
        int after = m.close();
        return OPENING_MARKS.indexOf(text.charAt(m.open())) >= 0 && text.charAt(before) == ' '
                && text.charAt(after) == ' ' && nameWordEndingAt(text, before) && nameWordStartingAt(text, after + 1)
                && !titleCased(text, after + 1);
    }

    /** Whether the word after the one at {@code from} is capitalised too, as in a headline ("Was 'Mocking' Camp X"). */
    private static boolean titleCased(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** {@code toks} without nickname marks and words ("Marta", "“", "Tia", "”", "Venn" reads "Marta Venn"). */
    static List<QuoteToken> without(List<QuoteToken> toks) {
        List<QuoteToken> out = null;
        for (int k = 0; k < toks.size(); k++) {
            boolean nickname = k >= 1 && k + 3 < toks.size() && isMark(toks.get(k)) && isMark(toks.get(k + 2))
                    && isName(toks.get(k - 1)) && toks.get(k + 1).capitalized() && isName(toks.get(k + 3))
                    && (k + 4 >= toks.size() || !toks.get(k + 4).capitalized());
            if (nickname && out == null) {
                out = new ArrayList<>(toks.subList(0, k));
            }
            if (nickname) {
                k += 2;
            } else if (out != null) {
                out.add(toks.get(k));
            }
        }
        return out == null ? toks : out;
    }

    private static boolean isMark(QuoteToken t) {
        return !t.word() && MARKS.contains(t.text());
    }

    private static boolean isName(QuoteToken t) {
        return t.capitalized() && !SpeakerParser.FUNCTION_WORDS.contains(t.lower());
    }

    private static boolean isWord(String text, int from, int to) {
        if (!Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameWordEndingAt(String text, int space) {
        int b = space;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < space && isName(new QuoteToken(b, space, text.substring(b, space), true));
    }

    private static boolean nameWordStartingAt(String text, int from) {
        int e = from;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e > from && isName(new QuoteToken(from, e, text.substring(from, e), true));
    }
}
