package org.attache.ingest;

/** A line or block the cleaner removed, and the name of the rule that removed it. */
public record Removal(String text, String rule) {
}
