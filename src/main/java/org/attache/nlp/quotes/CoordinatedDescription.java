package org.attache.nlp.quotes;

import java.util.List;

/**
 * "The retired judge and harbour commissioner said": two descriptions joined by "and" before a cue describe one
 * speaker, whom the definite first one points back to. Read backwards, the phrase stops at "and"; this reads on.
 */
final class CoordinatedDescription {

    /** Words of the first description after its "the" ("retired judge"). */
    private static final int WORDS = 4;

    private CoordinatedDescription() {
    }

    /**
     * The whole coordinated description when {@code p}, ending at {@code toks[last]}, is the second half of one
     * whose first half is "the" and a few lower-case words; otherwise {@code p}.
     */
    static SpeakerPhrase widen(SpeakerParser parser, String text, List<QuoteToken> toks, SpeakerPhrase p, int last,
                               int from) {
        if (p.kind() != SpeakerPhrase.Kind.DESCRIPTION) {
            return p;
        }
        int first = last;
        while (first > from && toks.get(first - 1).end() > p.span().start()) {
            first--;
        }
        int and = first - 1;
        if (and - 1 < from || !toks.get(and).word() || !toks.get(and).lower().equals("and")) {
            return p;
        }
        int start = and - 1;
        while (start > from && and - start <= WORDS && plainWord(parser, toks, start)) {
            start--;
        }
        if (start == and - 1 || !toks.get(start).word() || !toks.get(start).lower().equals("the")) {
            return p;
        }
        SpeakerPhrase whole = parser.phrase(text, toks.subList(start, last + 1));
        return whole != null && whole.kind() == SpeakerPhrase.Kind.ANAPHOR ? whole : p;
    }

    /** A lower-case word of a description: no function word, no cue ("the spokesman said and …"). */
    private static boolean plainWord(SpeakerParser parser, List<QuoteToken> toks, int k) {
        QuoteToken t = toks.get(k);
        return t.word() && !t.capitalized() && Character.isLetter(t.text().charAt(0))
                && !SpeakerParser.FUNCTION_WORDS.contains(t.lower()) && parser.cueKind(toks, k) == null;
    }
}
