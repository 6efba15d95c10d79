package org.attache.nlp.quotes;

/**
 * A resolved speaker.
 *
 * @param name   by name or as described; empty when unknown
 * @param actor  the canonical actor from the actors stage, or empty
 * @param role   the role the text gives, or empty
 * @param person a person (a pronoun "he" or "she" may point back to it)
 * @param group  a group or institution (a pronoun "they" or "it" may point back to it)
 */
record Speaker(String name, String actor, String role, boolean person, boolean group) {

    static final Speaker UNKNOWN = new Speaker("", "", "", false, false);

    boolean known() {
        return !name.isEmpty();
    }

    Speaker withRole(String newRole) {
        return new Speaker(name, actor, newRole.isEmpty() ? role : newRole, person, group);
    }
}
