package org.attache.model;

/** Which component found a mention. */
public enum MentionSource {
    GAZETTEER, MODEL, COREFERENCE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
