package org.attache.nlp.actors;

/** When a person's short form (surname) may stand for them without the full name in the document. */
public enum ShortScope {
    /** marked {@code +}: distinctive enough to resolve anywhere ("Putin") */
    GLOBAL,
    /** unmarked: after the full name appeared in the document, or right after a title ("President Biden") */
    DOCUMENT,
    /** marked {@code ~}: also a common word ("May"), so only right after a title ("Mrs May") */
    TITLE_ONLY
}
