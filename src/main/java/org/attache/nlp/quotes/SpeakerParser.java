package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.TextSpan;

/**
 * Reads speaker noun phrases around cue words without a parser: a subject before a cue
 * ("NATO Secretary General Jens Stoltenberg said"), a phrase after an inverted cue ("said Mr X"),
 * appositions ("Jens Stoltenberg, NATO Secretary General, said") and relative clauses ("an officer
 * who described"). Names are runs of capitalised words; descriptions are made of role words.
 */
final class SpeakerParser {

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");

    /** Capitalised words that begin clauses rather than names. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "and", "but", "or", "so", "yet", "in", "on", "at", "with", "from", "to", "by", "as", "if", "when",
            "while", "after", "before", "this", "that", "these", "those", "there", "here", "now", "also",
            "however", "meanwhile", "last", "next", "over", "under", "since", "until", "despite", "asked",
            "speaking", "earlier", "later", "still", "even", "although", "though", "because", "what", "how", "why",
            "where", "which", "who", "whom", "whose", "not", "no", "yes", "please", "thank", "thanks", "his", "her",
            "their", "our", "my", "your", "its", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "july", "september", "october", "november",
            "december", "today", "yesterday", "tomorrow", "tonight", "i", "we", "you", "he", "she", "they", "it",
            "then", "thus", "indeed", "instead", "again", "both", "all", "each", "every", "such", "for");

    private static final Set<String> PARTICLES = Set.of(
            "bin", "ibn", "al", "el", "van", "von", "de", "da", "del", "der", "den", "la", "le", "du", "di", "abu", "ter");

    static final Set<String> INNER_LINKS = Set.of("of", "for", "the", "to", "&");

    private final QuoteLexicon lexicon;
    private final Appositives appositives;
    private final DescribedSubject described;
    private final SubjectFirst subjectFirst;
    private final DescriptionTail tail = new DescriptionTail(this);
    private final NounTitledName titled = new NounTitledName(this);

    SpeakerParser(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.appositives = new Appositives(this, lexicon);
        this.described = new DescribedSubject(this, lexicon);
        this.subjectFirst = new SubjectFirst(this, lexicon);
    }

    /** The subject of the cue at {@code cue}, reading backwards no further than {@code from}. */
    SpeakerPhrase before(String text, List<QuoteToken> toks, int cue, int from) {
        int j = WordForms.skipAuxiliariesBack(toks, cue - 1, from);
        if (j < from) {
            return null;
        }
        QuoteToken t = toks.get(j);
        if (t.word() && PRONOUNS.contains(t.lower())) {
            return SpeakerPhrase.pronoun(t);
        }
        if (t.word() && (t.lower().equals("who") || t.lower().equals("which"))) {
            int k = j - 1;
            if (k >= from && toks.get(k).is(",")) {
                k--;
            }
            return k >= from ? backwardPhrase(text, toks, k, from) : null;
        }
        if (t.is(",")) {
            return appositives.apposition(text, toks, j, from);
        }
        SpeakerPhrase p = backwardPhrase(text, toks, j, from);
        SpeakerPhrase person = PersonAtPlace.personBefore(this, text, toks, p, j, from);
        if (person != null) {
            return person;
        }
        if (p == null) {
            p = described.endingAt(text, toks, j, from);
        } else {
            p = CoordinatedDescription.widen(this, text, toks, p, j, from);
        }
        SpeakerPhrase modified = p == null ? null : ParticipleSubject.before(this, text, toks, p, from);
        return modified != null ? modified : p;
    }

    /** The speaker after an inverted cue or a preposition ("said Mr X", "according to X"). */
    SpeakerPhrase after(String text, List<QuoteToken> toks, int i, int to) {
        if (i >= to) {
            return null;
        }
        QuoteToken t = toks.get(i);
        if (t.word() && PRONOUNS.contains(t.lower())) {
            return SpeakerPhrase.pronoun(t);
        }
        if (t.word() && (t.lower().equals("of") || t.lower().equals("about"))) {
            return null; // "said of the plan", "said of Mr X": what was spoken about, not who spoke
        }
        SpeakerPhrase numbered = LeadingModifier.speakerPast(this, text, toks, i, to);
        if (numbered != null) {
            return numbered;
        }
        int end = forwardEnd(toks, i, to);
        SpeakerPhrase phrase = end > i ? phrase(text, toks.subList(i, end)) : null;
        // "said another Twitter user, X", "said another leading court advocate, X": a description the phrase
        // reading stopped inside, opened by a determiner, before the name in apposition
        boolean cutShort = phrase == null || end < to && toks.get(end).word() && !toks.get(end).capitalized();
        boolean described = t.word() && lexicon.isDeterminer(t.lower()) && cutShort;
        if (phrase != null && phrase.kind() != SpeakerPhrase.Kind.NAME || described
                || lexicon.isTradeNounAt(toks, end - 1)) {
            // "said another witness in the probe, former White House adviser Fiona Hill"
            for (int k = end; k < Math.min(to, end + 8); k++) {
                QuoteToken c = toks.get(k);
                if (c.is(",")) {
                    int e2 = forwardEnd(toks, k + 1, to);
                    SpeakerPhrase named = e2 > k + 1 ? phrase(text, toks.subList(k + 1, e2)) : null;
                    if (named != null && named.kind() == SpeakerPhrase.Kind.NAME) {
                        return named;
                    }
                    break;
                }
                if (!c.word()) {
                    break;
                }
            }
        }
        // "asked the boy", "said a 2010 campaign veteran": a description by any noun, not only by role words
        SpeakerPhrase byForm = phrase == null || described ? this.described.afterCue(text, toks, i, to) : null;
        if (byForm != null) {
            phrase = byForm;
            end = i;
            while (end < to && toks.get(end).end() <= byForm.span().end()) {
                end++;
            }
        }
        if (phrase == null) {
            return titled.at(text, toks, i, to); // "said master of ceremonies Abel Trent"
        }
        return tail.extend(text, phrase, toks, end, to);
    }

    /**
     * A speaker followed by its cue at the start of {@code toks[i..to)} ("he said", "Vindman testified").
     * Returns the phrase and sets nothing else; {@code cueIndex} receives where the cue starts.
     */
    SpeakerPhrase subjectThenCue(String text, List<QuoteToken> toks, int i, int to, int[] cueIndex) {
        SpeakerPhrase p = subjectFirst.read(text, toks, i, to, cueIndex, false);
        return p != null ? p : described.startingAt(text, toks, i, to, cueIndex);
    }

    /** A speaker followed by any verb ("The Pentagon rejected …", "Gingrich dismissed …"); see {@link #subjectThenCue}. */
    SpeakerPhrase subjectThenVerb(String text, List<QuoteToken> toks, int i, int to, int[] verbIndex) {
        return subjectFirst.read(text, toks, i, to, verbIndex, true);
    }

    QuoteLexicon.CueKind cueKind(List<QuoteToken> toks, int i) {
        QuoteLexicon.Cue cue = cueAt(toks, i);
        return cue == null ? null : cue.kind();
    }

    QuoteLexicon.Cue cueAt(List<QuoteToken> toks, int i) {
        if (!toks.get(i).word()) {
            return null;
        }
        List<String> words = new ArrayList<>(4);
        for (int k = i; k < toks.size() && words.size() < 4 && toks.get(k).word(); k++) {
            words.add(toks.get(k).lower());
        }
        return lexicon.cueAt(words, 0);
    }

    /** Classifies a run of tokens as a name, a description or a pronoun. */
    SpeakerPhrase phrase(String text, List<QuoteToken> np) {
        int s = 0;
        while (s < np.size() && (!np.get(s).word() || FUNCTION_WORDS.contains(np.get(s).lower())
                || INNER_LINKS.contains(np.get(s).lower()) && !np.get(s).lower().equals("the"))) {
            s++;
        }
        int e = np.size();
        while (e > s && (!np.get(e - 1).word() || INNER_LINKS.contains(np.get(e - 1).lower())
                || lexicon.isDeterminer(np.get(e - 1).lower()))) {
            e--;
        }
        if (e <= s) {
            return null;
        }
        List<QuoteToken> words = np.subList(s, e);
        TextSpan span = new TextSpan(words.get(0).start(), words.get(words.size() - 1).end());
        String all = span.of(text);
        if (words.size() == 1 && PRONOUNS.contains(words.get(0).lower())) {
            return SpeakerPhrase.pronoun(words.get(0));
        }
        // the name is the trailing run of capitalised words that are not role words
        int n = words.size();
        if (n >= 2 && words.get(n - 1).capitalized() && !isNameWord(words, n - 1) && isNameWord(words, n - 2)
                && lexicon.isRoleWord(words.get(n - 1).lower()) && !lexicon.isRoleWord(words.get(n - 2).lower())) {
            n--; // a surname that is also a title: "Charlie King", "John Major"
        }
        while (n > 0 && isNameWord(words, n - 1)) {
            n--;
        }
        n = organisationStart(words, n);
        while (n < words.size() - 1 && PARTICLES.contains(words.get(n).lower()) && !words.get(n + 1).capitalized()) {
            n++;
        }
        int[] of = {-1};
        int person = PersonOfPlace.nameStart(words, n, lexicon, k -> isNameWord(words, k), of);
        if (person < 0) {
            person = PersonOfInstitution.nameStart(words, n, k -> isNameWord(words, k), of);
        }
        if (person >= 0) {
            return named(text, words, person, of[0], span, all);
        }
        SpeakerPhrase body = BodyNames.runningOn(text, words, n, span, all, k -> isNameWord(words, k));
        if (body != null) {
            return body;
        }
        if (n < words.size()) {
            TextSpan nameSpan = new TextSpan(words.get(n).start(), span.end());
            String role = n > 0 ? role(text, words.subList(0, n)) : "";
            String name = nameSpan.of(text);
            if (n > 0 && words.get(n - 1).lower().equals("the") && role.isEmpty()) {
                name = "the " + name; // institutions are kept as said: "the Pentagon"
            }
            return new SpeakerPhrase(SpeakerPhrase.Kind.NAME, all, span, name, nameSpan, role);
        }
        String head = words.get(words.size() - 1).lower();
        if (!lexicon.isGroupNoun(head) && !lexicon.isRoleWord(head) && !words.get(words.size() - 1).capitalized()) {
            return null;
        }
        boolean definite = words.get(0).lower().equals("the") && !words.get(words.size() - 1).capitalized()
                && !head.endsWith("s");
        String described = words.get(0).lower().equals("a") || words.get(0).lower().equals("an")
                ? new TextSpan(words.get(1 < words.size() ? 1 : 0).start(), span.end()).of(text) : all;
        if (words.size() == 1 && words.get(0).lower().equals("the")) {
            return null;
        }
        return new SpeakerPhrase(definite ? SpeakerPhrase.Kind.ANAPHOR : SpeakerPhrase.Kind.DESCRIPTION,
                described, span, "", null, "");
    }

    /** The name {@code words[b, e)} of the phrase, the words before it its role. */
    private SpeakerPhrase named(String text, List<QuoteToken> words, int b, int e, TextSpan span, String all) {
        TextSpan nameSpan = new TextSpan(words.get(b).start(), words.get(e - 1).end());
        String role = b > 0 ? role(text, words.subList(0, b)) : "";
        return new SpeakerPhrase(SpeakerPhrase.Kind.NAME, all, span, nameSpan.of(text), nameSpan, role);
    }

    SpeakerPhrase backwardPhrase(String text, List<QuoteToken> toks, int last, int from) {
        int k = last;
        while (k >= from && last - k < 12 && isPhraseWord(toks, k)) {
            k--;
        }
        if (k == last) {
            return null;
        }
        return phrase(text, toks.subList(k + 1, last + 1));
    }

    int forwardEnd(List<QuoteToken> toks, int i, int to) {
        int k = i;
        while (k < to && k - i < 12 && isPhraseWord(toks, k)) {
            QuoteToken t = toks.get(k);
            if (!t.capitalized() && cueKind(toks, k) != null && !lexicon.isRoleWord(t.lower())) {
                break; // "the spokesman said": the cue ends the phrase
            }
            if (INNER_LINKS.contains(t.lower()) && !t.lower().equals("the")
                    && (k + 1 >= to || !isPhraseWord(toks, k + 1))) {
                break;
            }
            k++;
        }
        return k;
    }

    private boolean isPhraseWord(List<QuoteToken> toks, int k) {
        QuoteToken t = toks.get(k);
        if (!t.word()) {
            return false;
        }
        String l = WordForms.withoutContraction(t.lower());
        if (PRONOUNS.contains(l) || FUNCTION_WORDS.contains(l) && !l.equals("for")) {
            return false;
        }
        if (t.capitalized() || Character.isDigit(t.text().charAt(0)) && k + 1 < toks.size()
                && toks.get(k + 1).capitalized()) {
            return true;
        }
        return lexicon.isPhraseNoun(l) || lexicon.isDeterminer(l) || PARTICLES.contains(l)
                || INNER_LINKS.contains(l) || bridgesNames(toks, k) || modifiesRole(toks, k);
    }

    /**
     * Lower-case nouns before a role word are part of the role ("foreign policy adviser", "law enforcement
     * official", "campaign staffer"): one or two words of a noun's form, then the role or group word.
     */
    private boolean modifiesRole(List<QuoteToken> toks, int k) {
        for (int j = k; j < toks.size() && j <= k + 2; j++) {
            QuoteToken t = toks.get(j);
            if (!t.word() || t.capitalized()) {
                return false;
            }
            String l = t.lower();
            if (j > k && lexicon.isPhraseNoun(l) && !lexicon.isDeterminer(l)) {
                return true;
            }
            if (!WordForms.isNounModifier(t) || cueKind(toks, j) != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * A lower-case noun or two between capitalised words of one speaker phrase ("CrowdStrike co-founder
     * Dmitri Alperovitch", "Seoul resident Margie Kim", "Liberal defence critic Denis Coderre"): not a verb
     * form ("-ed", "-ing", "-s", "-ly"), not a cue, and a capitalised word on each side.
     */
    private boolean bridgesNames(List<QuoteToken> toks, int k) {
        int first = k;
        while (first > 0 && first > k - 2 && WordForms.isBridgeWord(toks.get(first - 1))) {
            first--;
        }
        int last = k;
        while (last + 1 < toks.size() && last < first + 1 && WordForms.isBridgeWord(toks.get(last + 1))) {
            last++;
        }
        if (!WordForms.isBridgeWord(toks.get(k)) || last + 1 >= toks.size()) {
            return false;
        }
        QuoteToken before = first == 0 ? null : toks.get(first - 1);
        QuoteToken after = toks.get(last + 1);
        // "panel Chairman Rep. X said" opens the phrase; inside it, a capitalised word comes before
        boolean opens = before == null || !before.word();
        return (opens || before.capitalized() && !FUNCTION_WORDS.contains(before.lower()))
                && after.capitalized() && !FUNCTION_WORDS.contains(after.lower()) && !PRONOUNS.contains(after.lower())
                && cueKind(toks, k) == null;
    }

    /**
     * Where an organisation's name starts when role words are part of it ("the National Rifle Association",
     * "Republican National Committee"): a run of capitalised words ending in an organisation word.
     */
    private int organisationStart(List<QuoteToken> words, int n) {
        if (n == 0 || n >= words.size()
                || !SpeakerKinds.ORGANISATION_WORDS.contains(words.get(words.size() - 1).lower())) {
            return n;
        }
        int b = n;
        while (b > 0 && words.get(b - 1).capitalized() && lexicon.isRoleWord(words.get(b - 1).lower())
                && !lexicon.isHonorific(words.get(b - 1).lower()) && !lexicon.isDeterminer(words.get(b - 1).lower())) {
            b--;
        }
        return b;
    }

    private boolean isNameWord(List<QuoteToken> words, int k) {
        QuoteToken t = words.get(k);
        String l = t.lower();
        // "de Blasio", "bin Salman": a particle opens a name when a capitalised word follows it
        if (PARTICLES.contains(l) && (k > 0 || k + 1 < words.size() && words.get(k + 1).capitalized())) {
            return true;
        }
        return t.capitalized() && !lexicon.isRoleWord(l) && !lexicon.isDeterminer(l) && !FUNCTION_WORDS.contains(l);
    }

    private String role(String text, List<QuoteToken> words) {
        int s = 0;
        while (s < words.size() && (lexicon.isDeterminer(words.get(s).lower())
                || WordForms.isCourtesy(words.get(s).lower()))) {
            s++;
        }
        int e = words.size();
        while (e > s && (INNER_LINKS.contains(words.get(e - 1).lower()) || !words.get(e - 1).word())) {
            e--;
        }
        return e > s ? new TextSpan(words.get(s).start(), words.get(e - 1).end()).of(text) : "";
    }
}
