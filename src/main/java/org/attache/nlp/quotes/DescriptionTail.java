package org.attache.nlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.TextSpan;

/**
 * The tail an unnamed source's description runs on with ("said a source close to the campaign", "said one
 * official on the panel", "said a person familiar with the talks"): an unnamed source keeps its whole
 * description. A tail is a preposition, or an adjective and its preposition, then a short noun phrase that
 * ends the clause; an adverbial ("in a statement", "on Tuesday") is no tail.
 */
final class DescriptionTail {

    /** Adjectives that take a preposition and describe a source by its access ("close to", "familiar with"). */
    private static final Set<String> ACCESS = Set.of("close", "familiar", "involved", "briefed", "knowledgeable");
    private static final Set<String> PREPOSITIONS = Set.of("on", "at", "in", "inside", "within", "from", "with",
            "to", "about");
    /** Roles that name whom they serve with "to" ("an adviser to both candidates", "an aide to the mayor"). */
    private static final Set<String> SERVE_TO = Set.of("adviser", "advisor", "advisers", "advisors", "aide", "aides",
            "assistant", "counselor", "counsellor", "consultant", "envoy", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "confidant", "friend", "ally");
    /** Words of a tail's noun phrase besides nouns and names. */
    private static final Set<String> INSIDE = Set.of("the", "of", "and", "for", "both");
    /** Longest tail after its preposition. */
    private static final int WORDS = 6;

    private final SpeakerParser parser;

    DescriptionTail(SpeakerParser parser) {
        this.parser = parser;
    }

    /** The description {@code p} with the tail that follows it at {@code toks[i]} up to {@code to}, or {@code p}. */
    SpeakerPhrase extend(String text, SpeakerPhrase p, List<QuoteToken> toks, int i, int to) {
        if (i >= to || !toks.get(i).word()) {
            return p;
        }
        int k = i;
        String first = toks.get(k).lower();
        // "one Democrat familiar with the talks": a capitalised word after "one" or "a" is a description too
        boolean described = p.kind() == SpeakerPhrase.Kind.DESCRIPTION
                || p.kind() == SpeakerPhrase.Kind.NAME && ACCESS.contains(first) && indefinite(p.text());
        if (!described) {
            return p;
        }
        if (ACCESS.contains(first)) {
            k++;
            if (k >= to || !toks.get(k).word() || !PREPOSITIONS.contains(toks.get(k).lower())) {
                return p;
            }
        } else if (!PREPOSITIONS.contains(first) || first.equals("to") && !servesTo(p) || first.equals("about")
                || parser.cueKind(toks, k) != null) {
            return p; // "in a statement", "on condition of anonymity" are cues and adverbials, not descriptions
        }
        int from = k + 1;
        int end = from;
        while (end < to && end - from < WORDS && isTailWord(toks.get(end))) {
            end++;
        }
        boolean closes = end >= to || !toks.get(end).word();
        if (end == from || !closes || INSIDE.contains(toks.get(end - 1).lower())
                || isIndefinite(toks.get(from))) {
            return p;
        }
        TextSpan span = new TextSpan(p.span().start(), toks.get(end - 1).end());
        String tail = new TextSpan(p.span().end(), span.end()).of(text);
        String said = p.kind() == SpeakerPhrase.Kind.NAME ? p.span().of(text) : p.text();
        return new SpeakerPhrase(SpeakerPhrase.Kind.DESCRIPTION, said + tail, span, "", null, "");
    }

    private static boolean servesTo(SpeakerPhrase p) {
        String[] words = p.text().split("\\s+");
        return SERVE_TO.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    private static boolean indefinite(String phrase) {
        String first = phrase.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return first.equals("one") || first.equals("a") || first.equals("an") || first.equals("another");
    }

    private static boolean isTailWord(QuoteToken t) {
        if (!t.word()) {
            return false;
        }
        String l = t.lower();
        if (INSIDE.contains(l)) {
            return true;
        }
        return !SpeakerParser.FUNCTION_WORDS.contains(l) && !SpeakerParser.PRONOUNS.contains(l)
                && !WordForms.AUXILIARIES.contains(l) && !WordForms.TIME_NOUNS.contains(l)
                && !WordForms.IRREGULAR_PAST.contains(l) && !l.endsWith("ly");
    }

    private static boolean isIndefinite(QuoteToken t) {
        String l = t.lower();
        return l.equals("a") || l.equals("an") || l.equals("condition");
    }
}
