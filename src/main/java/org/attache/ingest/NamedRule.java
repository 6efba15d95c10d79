package org.attache.ingest;

/**
 * A named reason for removing a block: a single-line {@link LineRule} or a context
 * {@link RemovalReason}. Compared by identity, shown by {@code clean --explain} as its kebab-case name.
 */
interface NamedRule {

    /** The name {@code clean --explain} shows and the tests check. */
    String ruleName();
}
