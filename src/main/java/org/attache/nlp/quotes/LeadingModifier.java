package org.attache.nlp.quotes;

import java.util.List;
import java.util.Set;

/**
 * A date, number or possessive that opens the description before a name after an inverted cue ("said 9/11 widow
 * Ada Lind", "said 2011 flood survivor Ben Ro", "said Sept. 11 widow Cy Mor", "added his campaign manager Di Ro"):
 * the speaker phrase reading stops at it, so the words after it are read on their own.
 */
final class LeadingModifier {

    private static final Set<String> MONTHS = Set.of("jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
            "sept.", "oct.", "nov.", "dec.", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our");

    private LeadingModifier() {
    }

    /**
     * Where the words after a number, date or possessive at {@code toks[i]} start, or {@code i} when none stands
     * there. A lower-case word (the noun it modifies) must follow: "said 2 Democrats" is left alone.
     */
    static int end(List<QuoteToken> toks, int i, int to) {
        int k = i;
        if (k + 1 < to && toks.get(k).word() && POSSESSIVES.contains(toks.get(k).lower())) {
            return isLowerCaseWord(toks.get(k + 1)) ? k + 1 : i;
        }
        if (k < to && toks.get(k).word() && MONTHS.contains(toks.get(k).lower())) {
            k++;
        }
        if (k >= to || !isNumber(toks.get(k))) {
            return i;
        }
        k++;
        // "9/11", "24-7" cut into digits and separators
        while (k + 1 < to && (toks.get(k).is("/") || toks.get(k).is("-")) && isNumber(toks.get(k + 1))) {
            k += 2;
        }
        return k < to && isLowerCaseWord(toks.get(k)) ? k : i;
    }

    private static boolean isLowerCaseWord(QuoteToken t) {
        return t.word() && !t.capitalized() && Character.isLetter(t.text().charAt(0));
    }

    /** The named speaker read past a modifier at {@code toks[i]} ("said 9/11 widow Ada Lind"), or null. */
    static SpeakerPhrase speakerPast(SpeakerParser parser, String text, List<QuoteToken> toks, int i, int to) {
        int past = end(toks, i, to);
        SpeakerPhrase named = past > i ? parser.after(text, toks, past, to) : null;
        return named != null && named.kind() == SpeakerPhrase.Kind.NAME ? named : null;
    }

    private static boolean isNumber(QuoteToken t) {
        return t.word() && t.text().chars().allMatch(Character::isDigit);
    }
}
