package org.attache.model;

/** The shape a raw document arrived in, detected from its content. */
public enum SourceFormat {
    HTML, MARKDOWN, TEXT, PDF
}
