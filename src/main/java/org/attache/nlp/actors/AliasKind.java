package org.attache.nlp.actors;

/** Which gazetteer column a surface form came from; decides its case rule and confidence. */
public enum AliasKind {
    /** the canonical name or an alias: capitals as written must be capitals in the text */
    NAME,
    /** an acronym: exact case ("US" never matches "us") */
    ACRONYM,
    /** a demonym, adjective or plural noun ("Russian", "Russians"): capitals as written */
    DEMONYM,
    /** a person's short form (surname), resolved per document rather than everywhere */
    SHORT
}
