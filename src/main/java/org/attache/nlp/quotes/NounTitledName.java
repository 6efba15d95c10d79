package org.attache.nlp.quotes;

import java.util.List;
import java.util.Set;
import org.attache.model.TextSpan;

/**
 * A name after an inverted cue behind a title of common nouns the role lexicon does not hold ("said master
 * of ceremonies Abel Trent", "said longtime resident Ona Reyes"): one to three lower-case nouns, then a name
 * of two capitalised words or more that ends the clause. The nouns become the role.
 */
final class NounTitledName {

    private static final int MAX_NOUNS = 3;
    /** Prepositions that are no nouns by form ("said during Harbour Talk Live"). */
    private static final Set<String> PREPOSITIONS = Set.of("during", "about", "through", "after", "into", "via",
            "amid", "among", "against", "without", "within", "toward", "towards", "upon", "outside", "inside",
            "near", "across", "behind", "beyond", "following", "including", "like", "per", "off", "out", "up",
            "down", "back", "over", "around", "told", "ahead");

    private final SpeakerParser parser;

    NounTitledName(SpeakerParser parser) {
        this.parser = parser;
    }

    /** The titled name starting at {@code i} up to {@code to}, or null. */
    SpeakerPhrase at(String text, List<QuoteToken> toks, int i, int to) {
        int k = i;
        while (k < to && k - i < MAX_NOUNS && isTitleWord(toks, k, i)) {
            k++;
        }
        if (k == i || k >= to || !toks.get(k).capitalized() || toks.get(k - 1).lower().equals("of")) {
            return null;
        }
        int end = parser.forwardEnd(toks, k, to);
        boolean closes = end >= to || !toks.get(end).word();
        SpeakerPhrase named = end - k >= 2 && closes ? parser.phrase(text, toks.subList(k, end)) : null;
        if (named == null || named.kind() != SpeakerPhrase.Kind.NAME || !named.role().isEmpty()) {
            return null;
        }
        String role = new TextSpan(toks.get(i).start(), toks.get(k - 1).end()).of(text);
        return named.withRole(role);
    }

    private boolean isTitleWord(List<QuoteToken> toks, int k, int first) {
        QuoteToken t = toks.get(k);
        String l = t.lower();
        if (k > first && l.equals("of")) {
            return true; // "master of ceremonies"
        }
        return WordForms.isNounModifier(t) && !PREPOSITIONS.contains(l) && !l.endsWith("ing")
                && parser.cueKind(toks, k) == null;
    }
}
