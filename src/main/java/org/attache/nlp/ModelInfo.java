package org.attache.nlp;

/** A model or data file a run used: its name and the SHA-256 of its bytes. */
public record ModelInfo(String name, String sha256) {
}
