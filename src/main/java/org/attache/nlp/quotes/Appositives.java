package org.attache.nlp.quotes;

import java.util.List;

/**
 * Appositives between a speaker's name and its cue, read backwards from the cue: "Jens Stoltenberg, NATO
 * Secretary General, said", "Hill, who testified earlier, said", and nested ones where the phrase before
 * the last comma is itself an appositive ("Cmdr. X, a spokesperson for Task Force Y, the allied mission in
 * the south, told"): the name is the one furthest out.
 */
final class Appositives {

    private final SpeakerParser parser;
    private final QuoteLexicon lexicon;

    Appositives(SpeakerParser parser, QuoteLexicon lexicon) {
        this.parser = parser;
        this.lexicon = lexicon;
    }

    SpeakerPhrase apposition(String text, List<Tok> toks, int comma, int from) {
        return apposition(text, toks, comma, from, 0);
    }

    /**
     * When the phrase found before an appositive is itself inside an earlier appositive ("…, a spokesperson
     * for Task Force Larkspur, the mission …, told"), the subject is the name before that one.
     */
    private SpeakerPhrase outerSubject(String text, List<Tok> toks, SpeakerPhrase inner, int from, int depth) {
        if (depth >= 3) {
            return null;
        }
        int s = from;
        while (s < toks.size() && toks.get(s).start() < inner.span().start()) {
            s++;
        }
        if (s - 1 < from) {
            return null;
        }
        Tok prev = toks.get(s - 1);
        Tok first = toks.get(s);
        boolean described = !first.capitalized() || lexicon.isDeterminer(first.lower());
        if (prev.is(",") && described) {
            return nameBefore(text, toks, s - 1, from, depth);
        }
        if (prev.word() && !prev.capitalized() && ((prev.lower().equals("of") || prev.lower().equals("for") || prev.lower().equals("to")) || lexicon.isDeterminer(prev.lower())
                || prev.lower().equals("at") || prev.lower().equals("with") || lexicon.isRoleWord(prev.lower()))) {
            for (int c = s - 2; c >= from && c >= s - 14; c--) {
                if (toks.get(c).is(",")) {
                    return nameBefore(text, toks, c, from, depth);
                }
                if (!toks.get(c).word()) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Longest appositive between commas ("X, NATO Secretary General, said"), and longest relative clause. */
    static final int APPOSITIVE = 14;
    static final int RELATIVE_CLAUSE = 30;

    static boolean isRelative(Tok t) {
        return t.word() && (t.lower().equals("who") || t.lower().equals("which") || t.lower().equals("whose"));
    }

    /** A relative clause or a described role ("the Republican attorney general of …") may run long. */
    static boolean opensLongAppositive(Tok t, QuoteLexicon lexicon) {
        return isRelative(t) || t.word() && !t.capitalized() && lexicon.isDeterminer(t.lower());
    }

    static boolean isApostrophe(Tok t) {
        return t.is("'") || t.is("\u2019");
    }

    /** The name just before the comma at {@code comma}, or the one further out if it too is an appositive. */
    private SpeakerPhrase nameBefore(String text, List<Tok> toks, int comma, int from, int depth) {
        SpeakerPhrase candidate = comma - 1 >= from ? parser.backwardPhrase(text, toks, comma - 1, from) : null;
        if (candidate == null || candidate.kind() != SpeakerPhrase.Kind.NAME) {
            return null;
        }
        SpeakerPhrase further = outerSubject(text, toks, candidate, from, depth + 1);
        return further != null ? further : candidate;
    }

    private SpeakerPhrase apposition(String text, List<Tok> toks, int comma, int from, int depth) {
        // "Jens Stoltenberg, NATO Secretary General, said" or "Hill, who testified earlier, said"
        int k = comma - 1;
        while (k >= from && k > comma - RELATIVE_CLAUSE && !toks.get(k).is(",")) {
            if (!toks.get(k).word() && !isApostrophe(toks.get(k))) {
                return null;
            }
            k--;
        }
        if (k < from || !toks.get(k).is(",") || k + 1 >= comma
                || comma - k > APPOSITIVE && !opensLongAppositive(toks.get(k + 1), lexicon)) {
            return null;
        }
        List<Tok> middle = toks.subList(k + 1, comma);
        SpeakerPhrase subject = parser.backwardPhrase(text, toks, k - 1, from);
        if (subject == null || subject.kind() != SpeakerPhrase.Kind.NAME) {
            return null;
        }
        SpeakerPhrase outer = outerSubject(text, toks, subject, from, depth);
        if (outer != null) {
            return outer; // "Cmdr. X, a spokesperson for Task Force Larkspur, the allied mission in …, told"
        }
        String first = middle.get(0).lower();
        if (first.equals("who") || first.equals("which")) {
            return subject;
        }
        SpeakerPhrase role = parser.phrase(text, middle);
        if (role == null || role.kind() == SpeakerPhrase.Kind.PRONOUN) {
            return subject;
        }
        return subject.role().isEmpty() ? subject.withRole(role.text()) : subject;
    }
}
