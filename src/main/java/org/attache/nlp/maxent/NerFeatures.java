package org.attache.nlp.maxent;

/**
 * Where our name finder's feature generators are described: what training uses, and what a model's
 * descriptor must be for {@link NameFeatures} to reproduce its features (else OpenNLP searches it).
 */
public final class NerFeatures {

    /** The feature-generator descriptor (OpenNLP's XML) on the class path. */
    public static final String RESOURCE = "/org/attache/nlp/ner/features.xml";

    private NerFeatures() {
    }
}
