package org.attache.nlp.quotes;

import java.util.List;
import org.attache.model.TextSpan;

/**
 * Reads a speaker that comes before its verb, forwards from where the clause starts: "he said", "Vindman
 * testified", "Jane Roe, the treasurer of Ohio, one of the states in the suit, said". Appositives between
 * the subject and the verb are skipped, one inside the other up to {@link #APPOSITIVES} deep; the first one
 * gives the speaker's role.
 */
final class SubjectFirst {

    /** Appositives in a row between a subject and its verb; a longer run is more likely a list. */
    private static final int APPOSITIVES = 3;

    private final SpeakerParser parser;
    private final QuoteLexicon lexicon;

    SubjectFirst(SpeakerParser parser, QuoteLexicon lexicon) {
        this.parser = parser;
        this.lexicon = lexicon;
    }

    /**
     * A subject at {@code toks[i]} followed by a cue ({@code anyVerb} false) or by any verb, or null;
     * {@code verbIndex[0]} receives where the cue or verb starts.
     */
    SpeakerPhrase read(String text, List<QuoteToken> toks, int i, int to, int[] verbIndex, boolean anyVerb) {
        if (i >= to) {
            return null;
        }
        int end = subjectEnd(toks, i, to);
        if (end <= i || articleBeforeName(toks, i, end)) {
            return null;
        }
        SpeakerPhrase subject = null;
        String appositiveRole = "";
        List<QuoteToken> appositive = List.of();
        int comma = end;
        boolean found = false;
        for (int hop = 0; hop <= APPOSITIVES; hop++) {
            int k = comma;
            if (hop > 0) {
                int close = appositiveEnd(toks, comma, to);
                if (close < 0) {
                    return null;
                }
                if (hop == 1) {
                    appositiveRole = new TextSpan(toks.get(comma + 1).start(), toks.get(close - 1).end()).of(text);
                    appositive = toks.subList(comma + 1, close);
                }
                comma = close;
                k = close + 1;
            }
            int verb = verbAt(text, toks, i, end, k, to, anyVerb);
            int[] person = {end};
            int tail = hop == 0 && verb < 0 ? PersonAtPlace.tailEnd(parser, text, toks, i, end, to, person) : -1;
            if (tail > 0) {
                verb = verbAt(text, toks, i, person[0], tail, to, anyVerb); // "Dan Roe at the Harbour Review said"
                end = verb >= 0 ? person[0] : end;
            }
            SpeakerPhrase agent = verb >= 0 && !anyVerb ? PassiveAgent.of(parser, text, toks, verb, 1, to) : null;
            if (agent != null) {
                verbIndex[0] = verb;
                return agent;
            }
            if (verb >= 0) {
                verbIndex[0] = verb;
                subject = subject(text, toks, i, end);
                found = true;
                break;
            }
            // a second appositive only after a described one ("…, the treasurer of Ohio, one of …, said"), never
            // after a name or a place ("Of Carson, Levine, who …, said"; "In Ames, Iowa, on Sunday, …")
            if (comma >= to || !toks.get(comma).is(",") || hop > 0 && (anyVerb || !described(toks.get(end + 1)))) {
                return null;
            }
        }
        if (subject == null) {
            // "Trump's attorney, Alan Garten, said": a role of trade heads no description alone, but names the name
            SpeakerPhrase named = found && lexicon.isTradeNounAt(toks, end - 1) ? personIn(text, appositive) : null;
            String role = new TextSpan(toks.get(i).start(), toks.get(end - 1).end()).of(text);
            return named == null ? null : named.withRole(role);
        }
        // "the harbour spokesman, Tavi Orlen, said": a definite description names its referent just as well
        boolean described = subject.kind() == SpeakerPhrase.Kind.DESCRIPTION || subject.kind() == SpeakerPhrase.Kind.ANAPHOR;
        SpeakerPhrase named = described ? personIn(text, appositive) : null;
        if (named != null) {
            return named.withRole(subject.text()); // "Holt's deputy, Carl Ebner, said": the name speaks
        }
        return !appositiveRole.isEmpty() && subject.role().isEmpty() && subject.kind() == SpeakerPhrase.Kind.NAME
                ? subject.withRole(appositiveRole) : subject;
    }

    /**
     * A person's name of two or more capitalised words filling an appositive, or ending it after a title
     * ("state Del. Mara Venn"), or null.
     */
    private SpeakerPhrase personIn(String text, List<QuoteToken> appositive) {
        if (appositive.size() < 2) {
            return null;
        }
        int and = coordinated(appositive);
        if (and > 0) {
            return personIn(text, appositive.subList(and + 1, appositive.size())); // either name is the speaker
        }
        SpeakerPhrase p = parser.phrase(text, appositive);
        if (p == null || p.kind() != SpeakerPhrase.Kind.NAME) {
            return null;
        }
        boolean whole = appositive.stream().allMatch(QuoteToken::capitalized) && p.role().isEmpty()
                && p.nameSpan().start() == appositive.get(0).start();
        boolean titled = !p.role().isEmpty() && p.nameSpan().end() == appositive.get(appositive.size() - 1).end()
                && p.name().contains(" ") && Character.isUpperCase(p.name().charAt(0)) && titleOnly(appositive, p);
        return whole || titled ? p : null;
    }

    /**
     * Where "and" joins two names of two or more capitalised words each ("two analysts, Ada Brill and Rolf Tam,
     * found"), or -1.
     */
    private static int coordinated(List<QuoteToken> appositive) {
        for (int k = 2; k < appositive.size() - 2; k++) {
            if (appositive.get(k).word() && appositive.get(k).lower().equals("and")) {
                boolean names = true;
                for (int j = 0; j < appositive.size(); j++) {
                    names &= j == k || appositive.get(j).capitalized();
                }
                return names ? k : -1;
            }
        }
        return -1;
    }

    /** Only role words before the name: "state Del.", not a clause ("which include the X Fund and Y"). */
    private boolean titleOnly(List<QuoteToken> appositive, SpeakerPhrase p) {
        for (QuoteToken t : appositive) {
            if (t.start() >= p.nameSpan().start()) {
                return true;
            }
            String l = t.lower();
            if (!t.word() || SpeakerParser.FUNCTION_WORDS.contains(l) || !lexicon.isRoleWord(l) && !lexicon.isHonorific(l)) {
                return false;
            }
        }
        return true;
    }

    /** "a Trump tweet said": an indefinite article before a bare name makes the name a modifier, not a speaker. */
    private static boolean articleBeforeName(List<QuoteToken> toks, int i, int end) {
        String first = toks.get(i).lower();
        return end - i >= 2 && toks.get(i).word() && (first.equals("a") || first.equals("an"))
                && toks.subList(i + 1, end).stream().allMatch(QuoteToken::capitalized); // not "a spokesman for X"
    }

    private static boolean described(QuoteToken first) {
        return first.word() && Character.isLowerCase(first.text().charAt(0));
    }

    private int subjectEnd(List<QuoteToken> toks, int i, int to) {
        if (toks.get(i).word() && SpeakerParser.PRONOUNS.contains(toks.get(i).lower())) {
            return i + 1;
        }
        int end = parser.forwardEnd(toks, i, to);
        // "the spokesman for the ministry said": a prepositional tail inside the subject
        while (end < to && end > i && toks.get(end).word()
                && SpeakerParser.INNER_LINKS.contains(toks.get(end).lower())) {
            int e2 = parser.forwardEnd(toks, end + 1, to);
            if (e2 <= end + 1) {
                break;
            }
            end = e2;
        }
        return end;
    }

    /** The comma closing the appositive opened by the comma at {@code comma}, or -1. */
    private int appositiveEnd(List<QuoteToken> toks, int comma, int to) {
        int c2 = comma + 1;
        QuoteToken first = comma + 1 < to ? toks.get(comma + 1) : null;
        // "director of the Tax Center and a professor at …": a role in lower case may run as long as a clause
        boolean longRun = first != null && (Appositives.opensLongAppositive(first, lexicon)
                || first.word() && !first.capitalized() && lexicon.isRoleWord(first.lower()));
        int reach = longRun ? Appositives.RELATIVE_CLAUSE : Appositives.APPOSITIVE - 2;
        while (c2 < to && c2 < comma + reach && (toks.get(c2).word() || Appositives.isApostrophe(toks.get(c2)))) {
            c2++;
        }
        return c2 < to && c2 > comma + 1 && toks.get(c2).is(",") ? c2 : -1;
    }

    /** Where the cue or verb after the subject starts, past up to three auxiliaries ("has been"), or -1. */
    private int verbAt(String text, List<QuoteToken> toks, int i, int end, int k, int to, boolean anyVerb) {
        int skipped = 0;
        boolean finite = false;
        while (k < to && skipped < 3 && WordForms.isAuxiliary(toks.get(k))) {
            finite |= WordForms.IRREGULAR_PAST.contains(toks.get(k).lower());
            k++;
            skipped++;
        }
        // "Trump has record low support": a finite auxiliary is a verb in its own right
        if (k >= to || (anyVerb ? !finite && !looksLikeVerb(toks, k, parser.phrase(text, toks.subList(i, end)))
                : parser.cueKind(toks, k) != QuoteLexicon.CueKind.VERB)) {
            return -1;
        }
        return k;
    }

    private SpeakerPhrase subject(String text, List<QuoteToken> toks, int i, int end) {
        QuoteToken first = toks.get(i);
        if (end == i + 1 && first.word() && SpeakerParser.PRONOUNS.contains(first.lower())) {
            return SpeakerPhrase.pronoun(first);
        }
        return parser.phrase(text, toks.subList(i, end));
    }

    /** Whether {@code toks[k]}, after a subject, reads as its verb: by its form, not by a tagger. */
    private boolean looksLikeVerb(List<QuoteToken> toks, int k, SpeakerPhrase subject) {
        QuoteToken t = toks.get(k);
        if (!t.word() || t.capitalized() || !Character.isLetter(t.text().charAt(0))) {
            return false;
        }
        String l = t.lower();
        if (WordForms.NOT_VERBS.contains(l) || SpeakerParser.PRONOUNS.contains(l) || lexicon.isDeterminer(l)
                || lexicon.isRoleWord(l) || lexicon.isGroupNoun(l) || l.contains("'") || l.contains("\u2019")) {
            return false;
        }
        boolean ofNext = k + 1 < toks.size() && toks.get(k + 1).word() && toks.get(k + 1).lower().equals("of");
        String last = subject == null ? "" : subject.text().strip();
        boolean possessive = last.endsWith("'s") || last.endsWith("\u2019s") || last.endsWith("'");
        return WordForms.verbByForm(l, parser.cueKind(toks, k) == QuoteLexicon.CueKind.VERB, ofNext, possessive);
    }
}
