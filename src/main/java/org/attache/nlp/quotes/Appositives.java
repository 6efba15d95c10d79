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

    SpeakerPhrase apposition(String text, List<QuoteToken> toks, int comma, int from) {
        return apposition(text, toks, comma, from, 0);
    }

    /**
     * When the phrase found before an appositive is itself inside an earlier appositive ("…, a spokesperson
     * for Task Force Larkspur, the mission …, told"), the subject is the name before that one.
     */
    private SpeakerPhrase outerSubject(String text, List<QuoteToken> toks, SpeakerPhrase inner, int from, int depth) {
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
        QuoteToken prev = toks.get(s - 1);
        QuoteToken first = toks.get(s);
        boolean described = !first.capitalized() || lexicon.isDeterminer(first.lower());
        if (prev.is(",") && described) {
            return nameBefore(text, toks, s - 1, from, depth);
        }
        if (prev.word() && !prev.capitalized() && ((prev.lower().equals("of") || prev.lower().equals("for") || prev.lower().equals("to")) || lexicon.isDeterminer(prev.lower())
                || prev.lower().equals("at") || prev.lower().equals("with") || prev.lower().equals("from")
                || lexicon.isRoleWord(prev.lower()))) {
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

    /**
     * The name before a person's age and home town, each set off by commas ("Jane Roe, 59, of Ashton, Md.,"),
     * reading back from the comma at {@code comma}; null when no such segment comes before it.
     */
    private SpeakerPhrase beyondOrigin(String text, List<QuoteToken> toks, int comma, int from) {
        int c = comma;
        int hops = 0;
        while (hops < ORIGIN_SEGMENTS) {
            int b = c - 1;
            while (b >= from && toks.get(b).word()) {
                b--;
            }
            if (b < from || !toks.get(b).is(",") || b + 1 >= c) {
                break;
            }
            List<QuoteToken> segment = toks.subList(b + 1, c);
            if (!isAge(segment) && !isHomeTown(segment) && !(isRegion(segment) && startsHomeTown(toks, b, from))) {
                break;
            }
            c = b;
            hops++;
        }
        if (hops == 0 || c - 1 < from) {
            return null;
        }
        SpeakerPhrase name = parser.backwardPhrase(text, toks, c - 1, from);
        return name != null && name.kind() == SpeakerPhrase.Kind.NAME && !name.name().isEmpty() ? name : null;
    }

    private static final int ORIGIN_SEGMENTS = 3;

    private static boolean isAge(List<QuoteToken> segment) {
        return segment.size() == 1 && segment.get(0).text().chars().allMatch(Character::isDigit)
                && segment.get(0).text().length() <= 3;
    }

    /** "of Ashton", "of the Bronx": where a person comes from. */
    private static boolean isHomeTown(List<QuoteToken> segment) {
        if (segment.size() < 2 || segment.size() > 5 || !segment.get(0).lower().equals("of")) {
            return false;
        }
        return segment.subList(1, segment.size()).stream()
                .allMatch(t -> t.capitalized() || t.lower().equals("the"));
    }

    /** "Md.", "New Jersey": the state or country after a home town. */
    private static boolean isRegion(List<QuoteToken> segment) {
        return segment.size() <= 2 && segment.stream().allMatch(QuoteToken::capitalized);
    }

    /** Whether the segment ending at the comma {@code comma} is a home town ("of Ashton"). */
    private static boolean startsHomeTown(List<QuoteToken> toks, int comma, int from) {
        int b = comma - 1;
        while (b >= from && toks.get(b).word()) {
            b--;
        }
        return isHomeTown(toks.subList(b + 1, comma));
    }

    /** Longest appositive between commas ("X, NATO Secretary General, said"), and longest relative clause. */
    static final int APPOSITIVE = 14;
    static final int RELATIVE_CLAUSE = 30;

    static boolean isRelative(QuoteToken t) {
        return t.word() && (t.lower().equals("who") || t.lower().equals("which") || t.lower().equals("whose"));
    }

    /** A relative clause or a described role ("the Republican attorney general of …") may run long. */
    static boolean opensLongAppositive(QuoteToken t, QuoteLexicon lexicon) {
        return isRelative(t) || t.word() && !t.capitalized() && lexicon.isDeterminer(t.lower());
    }

    static boolean isApostrophe(QuoteToken t) {
        return t.is("'") || t.is("\u2019");
    }

    /** The name just before the comma at {@code comma}, or the one further out if it too is an appositive. */
    private SpeakerPhrase nameBefore(String text, List<QuoteToken> toks, int comma, int from, int depth) {
        SpeakerPhrase candidate = comma - 1 >= from ? parser.backwardPhrase(text, toks, comma - 1, from) : null;
        if (candidate == null || candidate.kind() != SpeakerPhrase.Kind.NAME) {
            return null;
        }
        SpeakerPhrase further = outerSubject(text, toks, candidate, from, depth + 1);
        return further != null ? further : candidate;
    }

    /** A name of two or more capitalised words and nothing else ("Jane Roe", not "NATO's chief" or "its head"). */
    private static boolean namesAPerson(SpeakerPhrase p, List<QuoteToken> middle) {
        return p.kind() == SpeakerPhrase.Kind.NAME && p.role().isEmpty() && middle.size() >= 2
                && middle.stream().allMatch(t -> t.word() && t.capitalized())
                && p.nameSpan() != null && p.nameSpan().start() == middle.get(0).start();
    }

    /** Whether the phrase opens with a determiner ("The leader of the party"): a description, not a name. */
    private boolean opensWithDeterminer(List<QuoteToken> toks, SpeakerPhrase subject, int from) {
        for (int s = from; s < toks.size(); s++) {
            if (toks.get(s).start() >= subject.span().start()) {
                QuoteToken prev = s > from ? toks.get(s - 1) : null;
                return lexicon.isDeterminer(toks.get(s).lower())
                        || prev != null && prev.word() && lexicon.isDeterminer(prev.lower());
            }
        }
        return false;
    }

    private SpeakerPhrase apposition(String text, List<QuoteToken> toks, int comma, int from, int depth) {
        SpeakerPhrase local = beyondOrigin(text, toks, comma, from);
        if (local != null) {
            return local; // "Jane Roe, 59, of Ashton, Md., said"
        }
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
        List<QuoteToken> middle = toks.subList(k + 1, comma);
        SpeakerPhrase beyond = beyondOrigin(text, toks, k, from);
        if (beyond != null) {
            return beyond; // "Jane Roe, 59, of Ashton, Md., who watched the parade, said"
        }
        SpeakerPhrase subject = parser.backwardPhrase(text, toks, k - 1, from);
        if (subject != null && (subject.kind() == SpeakerPhrase.Kind.DESCRIPTION
                || subject.kind() == SpeakerPhrase.Kind.ANAPHOR)) {
            // "Holt's deputy, Carl Ebner, said": a name in apposition to an unnamed role is the speaker
            SpeakerPhrase named = parser.phrase(text, middle);
            return named != null && namesAPerson(named, middle) ? named.withRole(subject.text()) : null;
        }
        if (subject == null && lexicon.isTradeNounAt(toks, k - 1)) {
            // "her personal lawyer, Ada Lind, wrote": a role of trade heads no description alone, but names the name
            SpeakerPhrase named = parser.phrase(text, middle);
            return named != null && namesAPerson(named, middle) ? named.withRole(toks.get(k - 1).text()) : null;
        }
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
        if (namesAPerson(role, middle) && opensWithDeterminer(toks, subject, from)) {
            return role.withRole(subject.text()); // "The leader of the party, Jane Roe, said": the name is the speaker
        }
        return subject.role().isEmpty() ? subject.withRole(role.text()) : subject;
    }
}
