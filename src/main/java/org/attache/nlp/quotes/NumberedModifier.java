package org.attache.nlp.quotes;

import java.util.List;
import java.util.Set;

/**
 * A date or number that modifies the description before a name after an inverted cue ("said 9/11 widow
 * Ada Lind", "said 2011 flood survivor Ben Ro", "said Sept. 11 widow Cy Mor"): the speaker phrase reading stops
 * at the digits, so the words after them are read on their own.
 */
final class NumberedModifier {

    private static final Set<String> MONTHS = Set.of("jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
            "sept.", "oct.", "nov.", "dec.", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    private NumberedModifier() {
    }

    /**
     * Where the words after a number or date at {@code toks[i]} start, or {@code i} when none stands there. The
     * number must be followed by a lower-case word (the noun it modifies): "said 2 Democrats" is left alone.
     */
    static int end(List<QuoteToken> toks, int i, int to) {
        int k = i;
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
        if (k >= to || !toks.get(k).word() || toks.get(k).capitalized()
                || !Character.isLetter(toks.get(k).text().charAt(0))) {
            return i;
        }
        return k;
    }

    /** The named speaker read past a number or date at {@code toks[i]} ("said 9/11 widow Ada Lind"), or null. */
    static SpeakerPhrase speakerPast(SpeakerParser parser, String text, List<QuoteToken> toks, int i, int to) {
        int past = end(toks, i, to);
        SpeakerPhrase named = past > i ? parser.after(text, toks, past, to) : null;
        return named != null && named.kind() == SpeakerPhrase.Kind.NAME ? named : null;
    }

    private static boolean isNumber(QuoteToken t) {
        return t.word() && t.text().chars().allMatch(Character::isDigit);
    }
}
