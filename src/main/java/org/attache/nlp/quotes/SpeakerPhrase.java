package org.attache.nlp.quotes;

import org.attache.model.TextSpan;

/**
 * A speaker as the text gives it, before resolution.
 *
 * @param kind     what sort of phrase it is
 * @param text     the phrase as written ("NATO Secretary General Jens Stoltenberg", "he")
 * @param span     where the phrase is
 * @param name     the proper name in it ("Jens Stoltenberg"), or empty
 * @param nameSpan where the name is, or null
 * @param role     the role the phrase gives ("NATO Secretary General"), or empty
 */
record SpeakerPhrase(Kind kind, String text, TextSpan span, String name, TextSpan nameSpan, String role) {

    enum Kind {
        /** Carries a proper name: a person, an organisation or a country. */
        NAME,
        /** he, she, they, it, I, we. */
        PRONOUN,
        /** An unnamed speaker kept as described ("a senior administration official", "NATO leaders"). */
        DESCRIPTION,
        /** A definite description pointing back to someone named before ("the congressman"). */
        ANAPHOR
    }

    SpeakerPhrase withRole(String newRole) {
        return new SpeakerPhrase(kind, text, span, name, nameSpan, newRole);
    }

    /** A pronoun speaker ("he said"): resolved later through the discourse. */
    static SpeakerPhrase pronoun(QuoteToken t) {
        return new SpeakerPhrase(Kind.PRONOUN, t.lower(), new TextSpan(t.start(), t.end()), "", null, "");
    }
}
