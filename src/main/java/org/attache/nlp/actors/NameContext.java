package org.attache.nlp.actors;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a name the model found is a name in its context, from the words around it: the name of an
 * office rather than a body ("Director of [National Intelligence]", "[Federal Chief Information] Officer"),
 * a phrase the document also writes as ordinary words ("Information Systems"), a label or headline word
 * that occurs nowhere else, or a place named by the noun after it ("Sayed Abad district"). Not thread-safe:
 * one per document.
 */
final class NameContext {

    /** Lower-case nouns after a name that make it a place ("Wardak province", "Sayed Abad district"). */
    private static final Set<String> PLACE_NOUNS = Set.of(
            "district", "districts", "province", "provinces", "village", "villages", "city", "town", "county",
            "region", "area", "camp", "base", "airport", "river", "valley", "mountains", "border", "governorate",
            "oblast", "prefecture", "neighbourhood", "neighborhood", "port", "island", "peninsula", "strait");

    /** Below this probability a name seen only in a headline is taken for a headline's word. */
    private static final double WEAK = 0.45;

    private final MentionSheet sheet;
    private final NameMatchTokens tokens;

    NameContext(MentionSheet sheet) {
        this.sheet = sheet;
        this.tokens = sheet.tokens;
    }

    /**
     * "Director of [National Intelligence]", "Assistant to the President for [National Security Affairs]",
     * "[Federal Chief Information] Officer", "[National Manager for National Security Systems]": part of an
     * office's name. A name ending in a word naming a body is a body ("Administrator of the National
     * Telecommunications and Information Administration"), and so is one whose office's word comes after
     * such a word ("Office of the Director of National Intelligence").
     */
    boolean partOfOffice(int a, int b) {
        if (NameWords.ORGANISATION_HEADS.contains(tokens.surface(b))) {
            return false;
        }
        if (b + 1 < tokens.size() && tokens.joined(b) && NameWords.POSTS.contains(tokens.surface(b + 1))
                && sameLine(b)) {
            return true;
        }
        for (int t = a; t <= b; t++) {
            String w = tokens.surface(t);
            if (NameWords.ORGANISATION_HEADS.contains(w)) {
                break;
            }
            if (NameWords.POSTS.contains(w)) {
                return true;
            }
        }
        int p = a - 1;
        if (p >= 0 && tokens.key(p).equals("the")) {
            p--;
        }
        if (p < 0 || !(tokens.key(p).equals("of") || tokens.key(p).equals("for"))) {
            return false;
        }
        for (int t = p - 1; t >= 0 && t >= p - 6 && tokens.joined(t) && sameLine(t); t--) {
            String w = tokens.surface(t);
            if (NameWords.POSTS.contains(w)) {
                return true;
            }
            if (!tokens.isWord(t) || NameWords.ORGANISATION_HEADS.contains(w)
                    || !(tokens.isCapitalised(t) || w.equals("to") || w.equals("the") || w.equals("of"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Information Systems", "Zero Trust Architecture": a name whose last two words the document also
     * writes in lower case, as an ordinary phrase. Names of bodies ("... Council") are left alone.
     */
    boolean ordinaryPhrase(int a, int b) {
        return b > a && !NameWords.ORGANISATION_HEADS.contains(tokens.surface(b))
                && sheet.usedAsCommonPhrase(tokens.surface(b - 1), tokens.surface(b));
    }

    /**
     * A name the model is unsure of, in a headline in title case, whose first word the document uses
     * nowhere outside such headlines ("Achilles Heel", "Blocking Refugee Return").
     */
    boolean headlineWord(int a, double probability) {
        if (probability >= WEAK || !sheet.titleCase(a)) {
            return false;
        }
        String first = tokens.surface(a);
        for (int t = 0; t < tokens.size(); t++) {
            if (t != a && tokens.surface(t).equals(first) && !sheet.titleCase(t)) {
                return false;
            }
        }
        return true;
    }

    /** "ABSTRACT", "UPDATE": a long word in capitals alone on its line is a label. */
    boolean label(int a, int b) {
        String w = tokens.surface(a);
        if (a != b || w.length() < 6 || !w.equals(w.toUpperCase(Locale.ROOT)) || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String text = sheet.text;
        int lineStart = text.lastIndexOf('\n', tokens.start(a) - 1) + 1;
        int lineEnd = text.indexOf('\n', tokens.end(a));
        String before = text.substring(lineStart, tokens.start(a));
        String after = text.substring(tokens.end(a), lineEnd < 0 ? text.length() : lineEnd);
        return before.isBlank() && after.chars().noneMatch(Character::isLetterOrDigit);
    }

    /** "Sayed Abad district": a lower-case place noun right after the name. */
    boolean placeByNoun(int b) {
        return b + 1 < tokens.size() && tokens.joined(b) && sameLine(b) && PLACE_NOUNS.contains(tokens.surface(b + 1));
    }

    private boolean sameLine(int t) {
        return t + 1 < tokens.size() && sheet.text.substring(tokens.end(t), tokens.start(t + 1)).indexOf('\n') < 0;
    }
}
