package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.TextSpan;

/**
 * The candidate finder: the people the narration names before a quotation, each with what the ranker
 * needs to weigh it (how many sentences back, whether it opens its sentence, whether it is a possessive).
 * Candidates come from the person mentions of the actors stage; names inside quotations are left out,
 * since a speaker quoting someone does not hand them the floor. One instance per document.
 */
final class SpeakerCandidates {

    /**
     * A person named before a quotation.
     *
     * @param mention        the actors stage's mention
     * @param sentencesBack  0 in the quotation's own sentence, 1 in the sentence before, …
     * @param opensSentence  the first person the narration names in that sentence (most often its subject)
     * @param possessive     a possessive or a modifier ("Trump's plan", "the Smith campaign", "Smith
     *                       campaign spokesman Jones"): the sentence is about something else
     * @param afterCue       the subject of a verb of saying next to it, written before it ("…, noted Acme's Jo Kent")
     *                       or closing its sentence ("…, Jo Kent said."): a subject, though it does not open it
     */
    record Candidate(Mention mention, int sentencesBack, boolean opensSentence, boolean possessive,
                     boolean afterCue) {

        /** The subject of its sentence, by position or by following a verb of saying. */
        boolean subject() {
            return opensSentence || afterCue;
        }
    }

    private final String text;
    private final List<Mention> people;
    private final List<TextSpan> quoted;
    private final SpeakerParser parser;

    SpeakerCandidates(String text, List<Mention> mentions, List<TextSpan> quoted, SpeakerParser parser) {
        this.text = text;
        this.parser = parser;
        this.people = mentions.stream().filter(m -> m.type() == ActorType.PERSON)
                .sorted((a, b) -> a.span().compareTo(b.span())).toList();
        this.quoted = quoted.stream().sorted().toList();
    }

    /** The people named in the narration of {@code [from, at)}, nearest last. */
    List<Candidate> before(int from, int at) {
        List<QuoteToken> toks = QuoteTokenizer.of(text, from, at);
        int[] ends = toks.stream().filter(this::endsSentence).mapToInt(QuoteToken::end).toArray();
        List<Candidate> out = new ArrayList<>();
        int lastSentence = Integer.MIN_VALUE;
        int previousEnd = -1;
        int tok = 0;
        for (int i = firstAtOrAfter(from); i < people.size() && people.get(i).span().start() < at; i++) {
            Mention m = people.get(i);
            TextSpan s = m.span();
            if (s.end() > at || inside(s.start()) || s.start() < previousEnd) {
                continue;
            }
            previousEnd = s.end();
            int sentence = sentenceOf(ends, s.start());
            boolean possessive = possessive(s.end()) || modifier(s.end(), at);
            boolean opens = sentence != lastSentence && !possessive
                    && opensClause(toks, sentence == 0 ? from : ends[sentence - 1], s.start());
            while (tok < toks.size() && toks.get(tok).start() < s.start()) {
                tok++;
            }
            boolean afterCue = !possessive && afterCue(toks, tok);
            boolean reports = !possessive && reportsClause(toks, s);
            if (reports) {
                // "Kerr backed the plan, Ames said.": Ames speaks, Kerr only opens what Ames said
                int back = ends.length - sentence;
                out.replaceAll(c -> c.sentencesBack() == back && c.opensSentence()
                        ? new Candidate(c.mention(), back, false, c.possessive(), c.afterCue()) : c);
            }
            out.add(new Candidate(m, ends.length - sentence, opens, possessive, afterCue || reports));
            if (!possessive) {
                lastSentence = sentence;
            }
        }
        return out;
    }

    /** Whether the name at {@code s} closes its sentence as the subject of a verb of saying: "…, Ames said." */
    private boolean reportsClause(List<QuoteToken> toks, TextSpan s) {
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < s.start()) {
            k++;
        }
        if (k == 0 || !toks.get(k - 1).is(",")) {
            return false;
        }
        while (k < toks.size() && toks.get(k).start() < s.end()) {
            k++;
        }
        if (k + 1 >= toks.size() || parser.cueKind(toks, k) != QuoteLexicon.CueKind.VERB) {
            return false;
        }
        QuoteToken after = toks.get(k + 1);
        return after.is(".") || after.is(",");
    }

    /** How many sentence ends of the narration lie in {@code [from, at)}. */
    int sentencesBetween(int from, int at) {
        return (int) QuoteTokenizer.of(text, Math.min(from, at), at).stream().filter(this::endsSentence).count();
    }

    /** The index of the first person mention starting at or after {@code from}. */
    private int firstAtOrAfter(int from) {
        int lo = 0;
        int hi = people.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (people.get(mid).span().start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many sentence ends lie before {@code at}. */
    private static int sentenceOf(int[] ends, int at) {
        int n = 0;
        while (n < ends.length && ends[n] <= at) {
            n++;
        }
        return n;
    }

    private boolean possessive(int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                && (text.charAt(end + 1) == 's' || Character.isWhitespace(text.charAt(end + 1)));
    }

    /** A full stop, question or exclamation mark of the narration, or the one that ends a quotation. */
    private boolean endsSentence(QuoteToken t) {
        if (!t.is(".") && !t.is("!") && !t.is("?")) {
            return false;
        }
        TextSpan q = quotationAt(t.start());
        return q == null || text.substring(t.end(), q.end()).isBlank();
    }

    /**
     * Whether the name starting at token {@code k} is the subject of a verb of saying put before it, over at
     * most a few capitalised words and roles ("…, said Sen. Ada Holm", "…, noted Acme's Jo Kent").
     */
    private boolean afterCue(List<QuoteToken> toks, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 1 - MAX_WORDS_AFTER_CUE); j--) {
            QuoteToken t = toks.get(j);
            if (!t.word() || inside(t.start())) {
                return false;
            }
            if (!t.capitalized() && parser.cueKind(toks, j) == QuoteLexicon.CueKind.VERB) {
                // inverted only after a clause ("…, noted Jo Kent"); "says Kent erred", "accusing Kent" take an object
                return j > 0 && !toks.get(j - 1).word() && !t.lower().endsWith("ing");
            }
            if (!t.capitalized() && !SpeakerKinds.hasPersonTitle(t.lower())
                    && !SpeakerKinds.ORGANISATION_WORDS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a name at {@code to} stands where a sentence starting at {@code from} has its subject: a few
     * words in at most ("Former Gov. Smith", "The minister of the economy, Mr. Smith"), and no pronoun before
     * it ("She added that … Smith …", "It refers to Smith").
     */
    private boolean opensClause(List<QuoteToken> toks, int from, int to) {
        int words = 0;
        for (QuoteToken t : toks) {
            if (t.start() < from || t.end() > to || !t.word() || inside(t.start())) {
                continue;
            }
            if (PRONOUNS.contains(t.lower()) || ++words > MAX_WORDS_BEFORE_SUBJECT) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");
    /** How many words may precede a sentence's subject: a role, a place, an appositive description. */
    private static final int MAX_WORDS_BEFORE_SUBJECT = 6;
    /** How many words (roles, capitalised words) may stand between a verb of saying and the name after it. */
    private static final int MAX_WORDS_AFTER_CUE = 4;

    /** Nouns for the people who side with a person: "an Obama supporter" is someone else. */
    private static final Set<String> FOLLOWERS = Set.of("supporter", "supporters", "ally", "allies", "backer",
            "backers", "loyalist", "loyalists", "donor", "donors", "voter", "voters", "fan", "fans", "critic",
            "critics", "surrogate", "surrogates", "delegate", "delegates", "aide", "aides");

    /** A name before an institution or a role: "the Smith campaign", "Smith communications director Jones". */
    private boolean modifier(int end, int at) {
        List<QuoteToken> next = QuoteTokenizer.of(text, end, Math.min(at, end + 40));
        for (int k = 0; k < Math.min(2, next.size()); k++) {
            QuoteToken t = next.get(k);
            if (!t.word() || t.capitalized()) {
                return false;
            }
            if (SpeakerKinds.ORGANISATION_WORDS.contains(t.lower()) || SpeakerKinds.hasPersonTitle(t.lower())
                    || FOLLOWERS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean inside(int offset) {
        return quotationAt(offset) != null;
    }

    /** The quotation holding {@code offset}, or null: the last one starting at or before it (they are in order). */
    private TextSpan quotationAt(int offset) {
        int lo = 0;
        int hi = quoted.size() - 1;
        TextSpan found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quoted.get(mid).start() <= offset) {
                found = quoted.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && offset < found.end() ? found : null;
    }
}
