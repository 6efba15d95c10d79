package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a stretch of clean text into words and punctuation for attribution. Simpler and more
 * predictable than a statistical tokenizer for what this needs: abbreviations such as "Lt." and
 * "U.S." and initials such as "H." stay one word, possessives stay on their word.
 */
final class QuoteTokenizer {

    /** Abbreviations whose final period is part of the word. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "lt", "col", "gen", "maj", "capt", "sgt", "adm", "cmdr", "rep", "sen",
            "gov", "amb", "pres", "prof", "rev", "hon", "jr", "sr", "no", "vs", "inc", "co", "corp", "ltd", "dept",
            "u.s", "u.k", "u.n", "e.u", "d.c",
            // months and US states as news datelines and party tags abbreviate them ("Nov. 5", "(D-Calif.)")
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "ill", "kan", "ky", "md", "mich", "minn",
            "mo", "mont", "neb", "nev", "okla", "pa", "tenn", "tex", "va", "vt", "wis", "wyo", "del", "mass", "wash",
            "ore", "ind",
            // titles in the plural and further ranks ("Sens. Ada Lind and Ben Ro said", "Det. Ro", "Ft. Ashton")
            "sens", "reps", "gens", "govs", "atty", "det", "supt", "insp", "ft", "mt");

    private QuoteTokenizer() {
    }

    /**
     * The words of {@code text[from, to)}. While the quote stage has {@link DocumentQuoteTokens} open for this
     * text, they come from its one cut of the document; otherwise the window is cut here. Same words.
     */
    static List<QuoteToken> of(String text, int from, int to) {
        DocumentQuoteTokens layer = DocumentQuoteTokens.openFor(text);
        return layer != null ? layer.slice(from, to) : cut(text, from, to);
    }

    /** Cuts the window {@code text[from, to)} on its own. */
    static List<QuoteToken> cut(String text, int from, int to) {
        List<QuoteToken> out = new ArrayList<>();
        cut(text, from, to, out, null);
        return out;
    }

    /**
     * Cuts {@code text[from, to)} into {@code out}, stopping early where {@code inStepWith}'s cut of the
     * whole document stands too (after {@code from}); returns where it stopped.
     */
    static int cut(String text, int from, int to, List<QuoteToken> out, DocumentQuoteTokens inStepWith) {
        int i = from;
        while (i < to) {
            if (inStepWith != null && i > from && inStepWith.inStep(i)) {
                return i;
            }
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i, to);
                String w = text.substring(i, end);
                if (end < to && text.charAt(end) == '.' && isAbbreviation(w)) {
                    end++;
                    w = text.substring(i, end);
                }
                out.add(new QuoteToken(i, end, w, true));
                i = end;
            } else if (c == '&') {
                // a word of a name ("Pell Brothers & Company"), so a speaker phrase runs through it
                out.add(new QuoteToken(i, i + 1, "&", true));
                i++;
            } else {
                out.add(new QuoteToken(i, i + 1, String.valueOf(c), false));
                i++;
            }
        }
        return i;
    }

    /** How many words {@code text[from, to)} holds (without building its tokens). */
    static int wordsBetween(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; ) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
                i = wordEnd(text, i, to);
            } else {
                i++;
            }
        }
        return n;
    }

    /**
     * The tokens without short parenthetical asides ("Sen. Jon Tester (D-Mont.) said", "the agency (CISA)
     * warned") and quoted nicknames, which sit between a speaker and its cue. Longer brackets are kept: they may
     * hold the clause.
     */
    static List<QuoteToken> withoutAsides(List<QuoteToken> toks) {
        List<QuoteToken> out = null;
        for (int k = 0; k < toks.size(); k++) {
            if (!toks.get(k).is("(")) {
                if (out != null) {
                    out.add(toks.get(k));
                }
                continue;
            }
            int close = k + 1;
            while (close < toks.size() && close <= k + 8 && !toks.get(close).is(")") && !toks.get(close).is("(")) {
                close++;
            }
            if (close < toks.size() && toks.get(close).is(")")) {
                if (out == null) {
                    out = new ArrayList<>(toks.subList(0, k));
                }
                k = close;
            } else if (out != null) {
                out.add(toks.get(k));
            }
        }
        return Nicknames.without(out == null ? toks : out);
    }

    /** A word runs over letters and digits, joined by inner hyphens, apostrophes, periods or ampersands. */
    private static int wordEnd(String text, int i, int to) {
        int j = i;
        int segment = i;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '&' || (c == '.' && j - segment == 1)
                    || (c == '.' && j + 1 < to && Character.isLowerCase(text.charAt(j + 1))))
                    && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1)) && j > i) {
                // "U.S" joins only over single letters, so glued sentences ("said.He") stay apart; a period
                // glued to lower-case letters is inside a domain name ("Polygraph.info"), not a sentence end
                j++;
                segment = j;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isAbbreviation(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        int dash = lower.lastIndexOf('-');
        if (dash > 0 && ABBREVIATIONS.contains(lower.substring(dash + 1))) {
            return true; // a party tag: "R-Ky.", "D-Calif."
        }
        return ABBREVIATIONS.contains(lower) || (w.length() == 1 && Character.isUpperCase(w.charAt(0)))
                || lower.matches("(\\p{L}\\.)+\\p{L}");
    }
}
