package org.attache.nlp.quotes;

import java.util.List;
import java.util.Set;
import org.attache.model.TextSpan;

/**
 * Finds the speaker phrase and cue of one quotation in its own sentence, in the orders news and
 * communiqués use: quote–cue–speaker ("…," said Mr X), quote–speaker–cue ("…," he said),
 * speaker–cue–quote (X said: "…"; X said that China's "…"), speaker: quote, "according to X",
 * and a reporting clause later in the sentence ("…," despite …, said X).
 */
final class Attributor {

    /** Labels before a colon that name a medium or a section, not a speaker ("Audiotape: “…”"). */
    static final Set<String> MEDIA_LABELS = Set.of(
            "tape", "audiotape", "videotape", "video", "audio", "statement", "transcript", "update", "breaking",
            "watch", "read", "photo", "photos", "note", "headline", "new", "exclusive", "analysis", "opinion",
            "live", "timeline", "quote", "quotes", "excerpt", "excerpts", "text", "full text", "release",
            "latest");

    /** Words only a noun follows: articles and possessives ("some said", "many said" are verbs). */
    private static final Set<String> NOUN_DETERMINERS = Set.of(
            "a", "an", "the", "his", "her", "their", "its", "my", "our", "your");

    /** A reporting clause later in the sentence is right about half the time (measured on news). */
    private static final double LATER_CLAUSE = 0.55;
    /** A label before a colon longer than this is the writer's own clause. */
    private static final int LABEL_WORDS = 8;

    private final SpeakerParser parser;

    Attributor(SpeakerParser parser) {
        this.parser = parser;
    }

    /** @param after  text after the closing mark, up to the next quotation or the paragraph end
     *  @param before text before the opening mark, back to the sentence start or previous quotation */
    Attribution attribute(String text, MarkedSpan quote, TextSpan before, TextSpan after) {
        List<QuoteToken> aft = sentence(QuoteTokenizer.withoutAsides(QuoteTokenizer.of(text, after.start(), after.end())));
        boolean endsSentence = endsSentence(text, quote);
        Attribution a = dashedName(text, QuoteTokenizer.of(text, after.start(), after.end()));
        if (a == null) {
            a = adjacentAfter(text, aft, endsSentence, endsQuestion(text, quote));
        }
        if (a == null) {
            a = before(text, QuoteTokenizer.withoutAsides(QuoteTokenizer.of(text, before.start(), before.end())));
        }
        // "…." Smith plans …, according to an aide: after a quotation that ends its sentence, the next one is not its cue
        if (a == null && !(endsSentence && !aft.isEmpty() && aft.get(0).capitalized())) {
            a = laterClause(text, aft);
        }
        return a;
    }

    /** Whether the sentence has a cue of reported speech around the quotation at all. */
    boolean hasCue(String text, TextSpan before, TextSpan after) {
        return hasCue(QuoteTokenizer.of(text, before.start(), before.end()))
                || hasCue(sentence(QuoteTokenizer.of(text, after.start(), after.end())));
    }

    private boolean hasCue(List<QuoteToken> toks) {
        for (int k = 0; k < toks.size(); k++) {
            if (parser.cueKind(toks, k) != null) {
                return true;
            }
        }
        return false;
    }

    private Attribution adjacentAfter(String text, List<QuoteToken> toks, boolean quoteEndsSentence, boolean question) {
        int i = skipPunctuation(toks, 0);
        if (i >= toks.size()) {
            return null;
        }
        // "…," as a Treasury memo put it; "…," as my mother would say: the clause after "as" reports the quote
        boolean as = (i == 0 || toks.get(i - 1).is(",")) && toks.get(i).word() && toks.get(i).lower().equals("as");
        if (as) {
            i++;
            if (i >= toks.size()) {
                return null;
            }
        }
        QuoteLexicon.Cue cue = parser.cueAt(toks, i);
        if (cue != null && cue.kind() != QuoteLexicon.CueKind.ADJUNCT && !as) {
            int n = cue.words().size();
            SpeakerPhrase p = parser.after(text, toks, i + n, toks.size());
            if (p != null) {
                return new Attribution(p, cueText(text, toks, i, n), 0.9);
            }
            return null;
        }
        int[] cueAt = new int[1];
        SpeakerPhrase p = parser.subjectThenCue(text, toks, i, toks.size(), cueAt);
        if (p == null) {
            return null;
        }
        QuoteLexicon.Cue c = parser.cueAt(toks, cueAt[0]);
        int afterCue = cueAt[0] + c.words().size();
        boolean bareClause = afterCue >= toks.size() || !toks.get(afterCue).word();
        // "…." He begged lawmakers …: a new sentence, not this quote's attribution; but "…?" Smith said at …
        boolean named = question && p.kind() == SpeakerPhrase.Kind.NAME;
        if (quoteEndsSentence && !bareClause && toks.get(i).capitalized() && !named) {
            return null;
        }
        return new Attribution(p, cueText(text, toks, cueAt[0], c.words().size()), 0.9);
    }

    private Attribution before(String text, List<QuoteToken> toks) {
        for (int k = toks.size() - 1; k >= 0; k--) {
            QuoteLexicon.Cue cue = parser.cueAt(toks, k);
            if (cue == null || cue.kind() == QuoteLexicon.CueKind.ADJUNCT) {
                continue;
            }
            if (k > 0 && toks.get(k - 1).is(",") && cue.words().get(0).endsWith("ing")) {
                continue; // "X urged Y to resign, saying “…”": the speaker is the subject of the clause before
            }
            if (cue.kind() == QuoteLexicon.CueKind.VERB && usedAsNoun(toks, k)) {
                continue; // "said Trump's tweet was “…”", "a Trump tweet calling it “…”": a noun, not a verb
            }
            int n = cue.words().size();
            SpeakerPhrase agent = cue.kind() == QuoteLexicon.CueKind.VERB
                    ? PassiveAgent.of(parser, text, toks, k, n, toks.size()) : null;
            SpeakerPhrase p = agent != null ? agent : cue.kind() == QuoteLexicon.CueKind.PREPOSITION
                    ? parser.after(text, toks, k + n, toks.size())
                    : parser.before(text, toks, k, 0);
            QuoteToken lastTok = toks.get(toks.size() - 1);
            if (p == null && cue.kind() == QuoteLexicon.CueKind.VERB && k + n < toks.size()
                    && (k == 0 || !toks.get(k - 1).word()) && (lastTok.is(":") || lastTok.is(","))) {
                p = parser.after(text, toks, k + n, toks.size()); // ", said Mr X: “…”"
            }
            if (p != null && objectOfVerb(toks, p, cue)) {
                return null; // "The museum issued a statement saying “…”": the subject of the sentence speaks
            }
            if (p != null) {
                Attribution outer = cue.kind() == QuoteLexicon.CueKind.VERB ? reportingClause(text, toks, p) : null;
                return outer != null ? outer : new Attribution(p, cueText(text, toks, k, n), 0.8);
            }
        }
        int last = toks.size() - 1;
        if (last > 0 && toks.get(last).is(":")) {
            SpeakerPhrase p = parser.phrase(text, toks.subList(0, last));
            boolean whole = p != null && p.span().start() == toks.get(0).start()
                    && toks.subList(0, last).stream().allMatch(QuoteToken::word) && isLabel(toks.subList(0, last));
            if (whole && p.kind() != SpeakerPhrase.Kind.PRONOUN
                    && !MEDIA_LABELS.contains(NameMemory.lastWord(p.text()))) {
                return new Attribution(p, ":", 0.7);
            }
        }
        return null;
    }

    /**
     * Whether a described speaker of an "-ing" cue is the object of the verb before it ("issued a statement
     * saying", "sent a letter calling"): then the sentence's subject speaks through it.
     */
    private static boolean objectOfVerb(List<QuoteToken> toks, SpeakerPhrase p, QuoteLexicon.Cue cue) {
        if (!cue.words().get(0).endsWith("ing") || p.kind() != SpeakerPhrase.Kind.DESCRIPTION
                && p.kind() != SpeakerPhrase.Kind.ANAPHOR) {
            return false;
        }
        int b = 0;
        while (b < toks.size() && toks.get(b).start() < p.span().start()) {
            b++;
        }
        if (b == 0 || !toks.get(b - 1).word() || toks.get(b - 1).capitalized()) {
            return false;
        }
        String verb = toks.get(b - 1).lower();
        return verb.endsWith("ed") || verb.equals("out") || WordForms.IRREGULAR_PAST.contains(verb)
                && !WordForms.AUXILIARIES.contains(verb);
    }

    /**
     * "She says it underscores that …": a subject that opens a clause reported by a verb of saying is not the
     * speaker; the subject of that verb is. Returns the outer speaker and cue, or null.
     */
    private Attribution reportingClause(String text, List<QuoteToken> toks, SpeakerPhrase inner) {
        int s = 0;
        while (s < toks.size() && toks.get(s).start() < inner.span().start()) {
            s++;
        }
        int j = s - 1;
        if (j >= 0 && toks.get(j).word() && toks.get(j).lower().equals("that")) {
            j--;
        }
        for (int c = j; c >= 0 && c > j - 3; c--) {
            QuoteLexicon.Cue cue = parser.cueAt(toks, c);
            if (cue != null && cue.kind() == QuoteLexicon.CueKind.VERB && c + cue.words().size() - 1 == j
                    && !usedAsNoun(toks, c)) {
                SpeakerPhrase outer = parser.before(text, toks, c, 0);
                return outer == null ? null : new Attribution(outer, cueText(text, toks, c, cue.words().size()), 0.8);
            }
        }
        return null;
    }

    /**
     * Whether the cue word at {@code k} is a noun: after a possessive ("Trump's tweet") or a determiner ("his
     * reply", "a tweet"), or after an article and a name ("a Trump tweet").
     */
    private boolean usedAsNoun(List<QuoteToken> toks, int k) {
        if (k == 0 || !toks.get(k - 1).word()) {
            return false;
        }
        String prev = toks.get(k - 1).lower();
        if (prev.endsWith("'s") || prev.endsWith("\u2019s") || NOUN_DETERMINERS.contains(prev)) {
            return true;
        }
        int j = k - 1;
        while (j >= 0 && toks.get(j).word() && toks.get(j).capitalized()) {
            j--;
        }
        // "a Trump tweet"; "32% of Republican claims": a plural after "of" and a common noun, not "footage of
        // Trump saying" nor "Schiff of California says"
        boolean pluralOf = j >= 0 && toks.get(k).lower().endsWith("s") && toks.get(j).lower().equals("of")
                && (j == 0 || !toks.get(j - 1).capitalized());
        return j < k - 1 && j >= 0 && toks.get(j).word() && (toks.get(j).lower().equals("a")
                || toks.get(j).lower().equals("an") || pluralOf);
    }

    /**
     * A speaker's label before a colon is a short noun phrase: a longer run, or one holding a pronoun or a cue
     * ("… and said she has the quality the job needs: “…”"), is the writer's clause introducing the quote.
     */
    private boolean isLabel(List<QuoteToken> words) {
        if (words.size() > LABEL_WORDS) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (SpeakerParser.PRONOUNS.contains(words.get(k).lower()) || parser.cueKind(words, k) != null) {
                return false;
            }
        }
        return true;
    }

    /** A quotation signed after a dash, alone to the end of its line: "“…” ― Maria Lopez", "“…” — Jane Roe, voter". */
    private Attribution dashedName(String text, List<QuoteToken> toks) {
        if (toks.size() < 2 || toks.size() > 10 || !toks.get(0).is("\u2015") && !toks.get(0).is("\u2014")
                && !toks.get(0).is("\u2013")) {
            return null;
        }
        int end = 1;
        while (end < toks.size() && toks.get(end).word()) {
            end++;
        }
        for (int k = end; k < toks.size(); k++) {
            if (!",.".contains(toks.get(k).text()) && !toks.get(k).word()) {
                return null;
            }
        }
        SpeakerPhrase p = end > 1 ? parser.phrase(text, toks.subList(1, end)) : null;
        return p != null && p.kind() == SpeakerPhrase.Kind.NAME && p.span().start() == toks.get(1).start()
                ? new Attribution(p, toks.get(0).text(), 0.8) : null;
    }

    private Attribution laterClause(String text, List<QuoteToken> toks) {
        for (int k = 1; k + 1 < toks.size(); k++) {
            if (!toks.get(k).is(",")) {
                continue;
            }
            QuoteLexicon.Cue cue = parser.cueAt(toks, k + 1);
            if (cue != null && cue.kind() != QuoteLexicon.CueKind.ADJUNCT) {
                int n = cue.words().size();
                SpeakerPhrase p = parser.after(text, toks, k + 1 + n, toks.size());
                if (p != null) {
                    return new Attribution(p, cueText(text, toks, k + 1, n), LATER_CLAUSE);
                }
            }
            int[] cueAt = new int[1];
            SpeakerPhrase p = parser.subjectThenCue(text, toks, k + 1, toks.size(), cueAt);
            if (p != null) {
                QuoteLexicon.Cue c = parser.cueAt(toks, cueAt[0]);
                return new Attribution(p, cueText(text, toks, cueAt[0], c.words().size()), LATER_CLAUSE);
            }
        }
        return null;
    }

    /** The tokens up to the first sentence-final punctuation. */
    private static List<QuoteToken> sentence(List<QuoteToken> toks) {
        for (int k = 0; k < toks.size(); k++) {
            QuoteToken t = toks.get(k);
            if (t.is(".") || t.is("!") || t.is("?")) {
                return toks.subList(0, k);
            }
        }
        return toks;
    }

    /** Skips a comma, dash or colon, and the mark closing a quote inside the quote ("'old-school,''' said X"). */
    private static int skipPunctuation(List<QuoteToken> toks, int i) {
        while (i < toks.size() && !toks.get(i).word() && ",\u2014\u2013-(:'\u2019".contains(toks.get(i).text())) {
            i++;
        }
        return i;
    }

    private static boolean endsSentence(String text, MarkedSpan quote) {
        TextSpan inner = quote.inner();
        if (inner.length() == 0) {
            return false;
        }
        char last = text.charAt(inner.end() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    /** "…?" asked Smith, "…!" Smith said at the rally: a question or exclamation is often followed by its cue. */
    private static boolean endsQuestion(String text, MarkedSpan quote) {
        TextSpan inner = quote.inner();
        return inner.length() > 0 && "?!".indexOf(text.charAt(inner.end() - 1)) >= 0;
    }

    private static String cueText(String text, List<QuoteToken> toks, int i, int n) {
        return new TextSpan(toks.get(i).start(), toks.get(i + n - 1).end()).of(text).replaceAll("\\s+", " ");
    }
}
