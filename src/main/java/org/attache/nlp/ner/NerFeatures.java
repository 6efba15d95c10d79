package org.attache.nlp.ner;

/** Where our name finder's feature generators are described: what training uses and loading compares against. */
final class NerFeatures {

    /** The feature-generator descriptor (OpenNLP's XML) on the class path. */
    static final String RESOURCE = "/org/attache/nlp/ner/features.xml";

    private NerFeatures() {
    }
}
