package org.attache.nlp.quotes;

import java.util.List;
import java.util.Set;

/**
 * The agent of a passive cue ("Rubio was asked by moderator Gerd Baxter whether …", "she was told by her doctor
 * that …"): the words are the agent's, not the grammatical subject's.
 */
final class PassiveAgent {

    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being");

    private PassiveAgent() {
    }

    /** The phrase after "by" following the passive cue of {@code n} words at {@code toks[verb]}, or null. */
    static SpeakerPhrase of(SpeakerParser parser, String text, List<QuoteToken> toks, int verb, int n, int to) {
        boolean passive = verb > 0 && toks.get(verb - 1).word() && PASSIVE.contains(toks.get(verb - 1).lower());
        int by = verb + n;
        if (!passive || by + 1 >= to || !toks.get(by).word() || !toks.get(by).lower().equals("by")) {
            return null;
        }
        SpeakerPhrase agent = parser.after(text, toks, by + 1, to);
        return agent != null && agent.kind() != SpeakerPhrase.Kind.PRONOUN ? agent : null;
    }
}
