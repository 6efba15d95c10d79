package org.attache.nlp.quotes;

import java.util.List;
import java.util.Set;

/** The subject of a cue when a participle phrase stands between them ("Farmers marching through the square chanted"). */
final class ParticipleSubject {

    /** Prepositions of a participle's place or path ("marching through the streets"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("through", "across", "along", "around", "outside",
            "inside", "into", "near", "in", "at", "on", "from", "toward", "towards", "past", "behind");

    private ParticipleSubject() {
    }

    /**
     * "Protesters marching through the streets chanted": a noun after a preposition is no subject; when a
     * participle opens the phrase before it, the subject is the noun phrase the participle modifies.
     */
    static SpeakerPhrase before(SpeakerParser parser, String text, List<QuoteToken> toks, SpeakerPhrase p, int from) {
        int b = from;
        while (b < toks.size() && toks.get(b).start() < p.span().start()) {
            b++;
        }
        int prep = b - 1;
        if (prep <= from || !toks.get(prep).word() || !PLACE_PREPOSITIONS.contains(toks.get(prep).lower())) {
            return null;
        }
        int participle = prep - 1;
        QuoteToken t = toks.get(participle);
        if (!t.word() || t.capitalized() || !t.lower().endsWith("ing") || participle - 1 < from) {
            return null;
        }
        SpeakerPhrase subject = parser.backwardPhrase(text, toks, participle - 1, from);
        return subject != null && subject.kind() != SpeakerPhrase.Kind.PRONOUN ? subject : null;
    }
}
