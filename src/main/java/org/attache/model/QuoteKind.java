package org.attache.model;

import java.util.Locale;

/** direct: a whole sentence or more in marks; partial: a fragment inside a sentence; block: set apart. */
public enum QuoteKind {
    DIRECT, PARTIAL, BLOCK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
