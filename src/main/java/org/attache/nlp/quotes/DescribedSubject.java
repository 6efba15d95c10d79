package org.attache.nlp.quotes;

import java.util.List;
import java.util.Set;
import org.attache.model.TextSpan;

/**
 * The frame "determiner + common noun + verb of saying": a speaker described by any noun, not only by
 * the role and group words of the lexicon ("the announcer said", "the commission says on its website",
 * "a narrator in the ad asks", "the letter reads"). The subject slot of a speech verb is evidence
 * enough that the noun phrase speaks; the words themselves need not be known. Read by form: a
 * determiner, at most four lower-case words (possessives allowed: "the ad's narrator"), an optional
 * "of"/"in"/"for" tail of the same shape, then the cue.
 */
final class DescribedSubject {

    /** Longest run of words between the determiner and the cue, tail included. */
    private static final int MAX_WORDS = 6;
    /** Words that open a relative clause after a description ("the boy, who wore a cap"). */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose");

    private final SpeakerParser parser;
    private final QuoteLexicon lexicon;

    DescribedSubject(SpeakerParser parser, QuoteLexicon lexicon) {
        this.parser = parser;
        this.lexicon = lexicon;
    }

    /** The described subject ending at {@code last} (the word before a cue), read back to {@code from}; or null. */
    SpeakerPhrase endingAt(String text, List<QuoteToken> toks, int last, int from) {
        int k = last;
        while (k >= from && last - k < MAX_WORDS && isDescriptionWord(toks, k, last)) {
            if (isDeterminer(toks.get(k)) && (k == from || !isLink(toks.get(k - 1)))) {
                return described(text, toks, k, last);
            }
            k--;
        }
        return null;
    }

    /** The described subject starting at {@code i} and followed by a cue verb; sets {@code cueIndex}; or null. */
    SpeakerPhrase startingAt(String text, List<QuoteToken> toks, int i, int to, int[] cueIndex) {
        if (i >= to || !isDeterminer(toks.get(i))) {
            return null;
        }
        int k = i + 1;
        while (k < to && k - i <= MAX_WORDS && isDescriptionWord(toks, k, -1)
                && parser.cueKind(toks, k) != QuoteLexicon.CueKind.VERB) {
            k++;
        }
        int cue = k;
        int skipped = 0;
        while (cue < to && skipped < 2 && WordForms.isAuxiliary(toks.get(cue))) {
            cue++;
            skipped++;
        }
        if (k == i + 1 || cue >= to || parser.cueKind(toks, cue) != QuoteLexicon.CueKind.VERB) {
            return null;
        }
        cueIndex[0] = cue;
        return described(text, toks, i, k - 1);
    }

    /**
     * The described speaker after an inverted cue at {@code i} ("asked the boy", "said a 2010 campaign veteran",
     * "wrote a Lind supporter who runs"): a determiner, words of a description (a year allowed), then the end
     * of the clause or a relative pronoun; or null.
     */
    SpeakerPhrase afterCue(String text, List<QuoteToken> toks, int i, int to) {
        if (i >= to || !isDeterminer(toks.get(i))) {
            return null;
        }
        int k = i + 1;
        while (k < to && k - i <= MAX_WORDS && (isDescriptionWord(toks, k, -1) || isYear(toks.get(k)))
                && parser.cueKind(toks, k) == null) {
            k++;
        }
        boolean closes = k >= to || !toks.get(k).word() || RELATIVES.contains(toks.get(k).lower());
        // "said this year", "said last week": a time adverbial, not who spoke
        boolean time = k > i + 1 && (WordForms.TIME_NOUNS.contains(toks.get(k - 1).lower())
                || toks.get(i).lower().equals("this"));
        return k == i + 1 || !closes || time ? null : described(text, toks, i, k - 1);
    }

    private static boolean isYear(QuoteToken t) {
        return t.word() && t.text().length() == 4 && t.text().chars().allMatch(Character::isDigit);
    }

    private SpeakerPhrase described(String text, List<QuoteToken> toks, int det, int last) {
        if (last <= det || isLink(toks.get(last)) || isDeterminer(toks.get(last)) || toks.get(last).capitalized()) {
            return null;
        }
        TextSpan span = new TextSpan(toks.get(det).start(), toks.get(last).end());
        String head = headOf(toks, det, last).lower();
        // "the announcer": one referent, which may have been named before; "a narrator", "officials": as described
        boolean definite = toks.get(det).lower().equals("the") && !head.endsWith("s");
        String said = toks.get(det).lower().equals("a") || toks.get(det).lower().equals("an")
                ? new TextSpan(toks.get(det + 1).start(), span.end()).of(text) : span.of(text);
        return new SpeakerPhrase(definite ? SpeakerPhrase.Kind.ANAPHOR : SpeakerPhrase.Kind.DESCRIPTION,
                said, span, "", null, "");
    }

    /** The noun a description is about: the word before its "of"/"in" tail, else its last word. */
    private static QuoteToken headOf(List<QuoteToken> toks, int det, int last) {
        for (int k = det + 1; k <= last; k++) {
            if (isLink(toks.get(k))) {
                return toks.get(k - 1);
            }
        }
        return toks.get(last);
    }

    private boolean isDescriptionWord(List<QuoteToken> toks, int k, int last) {
        QuoteToken t = toks.get(k);
        if (!t.word() || !Character.isLetter(t.text().charAt(0))) {
            return false;
        }
        String l = t.lower();
        if (isDeterminer(t) || isLink(t)) {
            return k != last || isDeterminer(t);
        }
        if (SpeakerParser.PRONOUNS.contains(l) || SpeakerParser.FUNCTION_WORDS.contains(l)
                || WordForms.AUXILIARIES.contains(l) || WordForms.NOT_VERBS.contains(l)) {
            return false;
        }
        // a capitalised word may qualify the noun ("the Clinton ad", "the Indiana governor"), never end it
        return !t.capitalized() || k != last;
    }

    private boolean isDeterminer(QuoteToken t) {
        String l = t.lower();
        // "as my mother would say": a first- or second-person possessive opens a description too
        return t.word() && (lexicon.isDeterminer(l) || l.equals("this") || l.equals("my") || l.equals("our")
                || l.equals("your"));
    }

    private static boolean isLink(QuoteToken t) {
        String l = t.lower();
        // "to" and "with" after an adjective of access: "a source close to the campaign", "one aide familiar with it"
        return t.word() && (l.equals("of") || l.equals("in") || l.equals("for") || l.equals("to") || l.equals("with"));
    }
}
