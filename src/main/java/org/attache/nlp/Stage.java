package org.attache.nlp;

/** Pipeline stages whose time the run reports. */
public enum Stage {
    CLEANING, SENTENCES, ENTITIES, QUOTES, INDEX, REPORT, LANGUAGE
}
