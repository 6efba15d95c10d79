package org.attache.nlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Dan Roe at the Harbour Review said", "Ann Lee from Westmark agreed": a person's name, then "at" or "from" and
 * where the person works or comes from, then the cue. The phrase reading stops at the preposition, which leaves
 * the workplace as the subject (reading back) or no subject at all (reading forward); the name is the speaker.
 */
final class PersonAtPlace {

    private static final Set<String> PREPOSITIONS = Set.of("at", "from");

    /** Longest workplace after the preposition, in tokens. */
    private static final int LONGEST_TAIL = 7;

    private PersonAtPlace() {
    }

    /**
     * Reading back from a cue: {@code place}, read as the subject, follows "at" or "from" after a person's name;
     * that name, or null.
     */
    static SpeakerPhrase personBefore(SpeakerParser parser, String text, List<QuoteToken> toks, SpeakerPhrase place,
            int last, int from) {
        if (place.kind() != SpeakerPhrase.Kind.NAME) {
            return null;
        }
        int k = last;
        while (k >= from && toks.get(k).end() > place.span().start()) {
            k--;
        }
        if (k >= from && toks.get(k).word() && toks.get(k).lower().equals("the")) {
            k--;
        }
        if (k - 1 < from || last - k > LONGEST_TAIL || !isPreposition(toks.get(k))) {
            return null;
        }
        SpeakerPhrase person = parser.backwardPhrase(text, toks, k - 1, from);
        return isPerson(person, toks, k - 1) ? person : null;
    }

    /**
     * Reading forward from a subject {@code toks[i, end)}: where the workplace after "at" or "from" ends, when the
     * subject is a person's name; -1 otherwise. The caller looks for the cue there.
     */
    static int tailEnd(SpeakerParser parser, String text, List<QuoteToken> toks, int i, int end, int to) {
        if (end >= to || !isPreposition(toks.get(end))) {
            return -1;
        }
        SpeakerPhrase person = parser.phrase(text, toks.subList(i, end));
        if (!isPerson(person, toks, end - 1)) {
            return -1;
        }
        int tail = parser.forwardEnd(toks, end + 1, to);
        if (tail <= end + 1 || tail - end > LONGEST_TAIL || !toks.get(tail - 1).capitalized()) {
            return -1;
        }
        return tail;
    }

    private static boolean isPreposition(QuoteToken t) {
        return t.word() && PREPOSITIONS.contains(t.lower());
    }

    /**
     * A name of two or more words ending the phrase, the last one in mixed case (not an acronym), no organisation
     * word in it and no "for" or "of" before it ("a spokesman for Dan Roe" speaks for him, not as him).
     */
    private static boolean isPerson(SpeakerPhrase p, List<QuoteToken> toks, int last) {
        if (p == null || p.kind() != SpeakerPhrase.Kind.NAME || p.nameSpan() == null || !p.name().contains(" ")
                || p.nameSpan().end() != toks.get(last).end()) {
            return false;
        }
        for (String w : p.text().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.equals("for") || w.equals("of") || w.equals("to") || SpeakerKinds.ORGANISATION_WORDS.contains(w)) {
                return false;
            }
        }
        String lastWord = toks.get(last).text();
        return !lastWord.equals(lastWord.toUpperCase(Locale.ROOT));
    }
}
