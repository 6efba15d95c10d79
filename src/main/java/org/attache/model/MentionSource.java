package org.attache.model;

import java.util.Locale;

/** Which component found a mention. */
public enum MentionSource {
    GAZETTEER, MODEL, COREFERENCE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
