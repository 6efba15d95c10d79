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
     * Reading back from a cue ending at {@code toks[last]}: {@code place}, read as the subject (or null), follows
     * "at" or "from" after a person's name, or a body in lower case follows "of" after it; that name, or null.
     */
    static SpeakerPhrase personBefore(SpeakerParser parser, String text, List<QuoteToken> toks, SpeakerPhrase place,
            int last, int from) {
        SpeakerPhrase ofBody = personOfBody(parser, text, toks, last, from);
        if (ofBody != null || place == null || place.kind() != SpeakerPhrase.Kind.NAME) {
            return ofBody;
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
     * "Ann Lee of the county board said": the phrase runs on past "of" into a body named in lower case, which
     * leaves it no trailing name; the name before "of", or null.
     */
    private static SpeakerPhrase personOfBody(SpeakerParser parser, String text, List<QuoteToken> toks, int last,
            int from) {
        QuoteToken head = toks.get(last);
        if (!head.word() || head.capitalized() || !SpeakerKinds.ORGANISATION_WORDS.contains(head.lower())) {
            return null;
        }
        int k = last - 1;
        while (k > from && last - k < LONGEST_TAIL && toks.get(k).word() && !toks.get(k).capitalized()
                && !toks.get(k).lower().equals("of")) {
            k--;
        }
        if (k <= from || !toks.get(k).lower().equals("of")) {
            return null;
        }
        SpeakerPhrase person = parser.backwardPhrase(text, toks, k - 1, from);
        return isPerson(person, toks, k - 1) ? person : null;
    }

    /**
     * Reading forward from a subject {@code toks[i, end)}: where the workplace after "at" or "from", or the body in
     * lower case after "of", ends when a person's name comes before it; -1 otherwise. The caller looks for the cue
     * there; {@code personEnd[0]} receives where the name ends.
     */
    static int tailEnd(SpeakerParser parser, String text, List<QuoteToken> toks, int i, int end, int to,
            int[] personEnd) {
        if (end < to && isPreposition(toks.get(end))) {
            int tail = parser.forwardEnd(toks, end + 1, to);
            if (tail <= end + 1 || tail - end > LONGEST_TAIL || !toks.get(tail - 1).capitalized()
                    || !isPerson(parser.phrase(text, toks.subList(i, end)), toks, end - 1)) {
                return -1;
            }
            personEnd[0] = end;
            return tail;
        }
        int of = i + 2;
        while (of < Math.min(end + 1, to) && !(toks.get(of).word() && toks.get(of).lower().equals("of"))) {
            of++;
        }
        int head = of + 1;
        while (head < to && head - of <= LONGEST_TAIL && toks.get(head).word() && !toks.get(head).capitalized()
                && !SpeakerKinds.ORGANISATION_WORDS.contains(toks.get(head).lower())) {
            head++;
        }
        if (of > end || head >= to || !toks.get(head).word() || toks.get(head).capitalized()
                || !SpeakerKinds.ORGANISATION_WORDS.contains(toks.get(head).lower())
                || !isPerson(parser.phrase(text, toks.subList(i, of)), toks, of - 1)) {
            return -1;
        }
        personEnd[0] = of;
        return head + 1;
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
