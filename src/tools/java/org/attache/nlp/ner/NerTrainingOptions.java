package org.attache.nlp.ner;

import java.util.Locale;

/**
 * How to train: the learner ({@code maxent} = GIS, {@code perceptron}), its iterations, and the
 * feature cutoff (features seen fewer times are ignored, which also keeps the model small).
 */
public record NerTrainingOptions(String algorithm, int iterations, int cutoff, boolean gazetteerFeature) {

    public static final String MAXENT = "maxent";
    public static final String PERCEPTRON = "perceptron";

    /** Options without the gazetteer dictionary feature (the shipped model's choice: see models/README.md). */
    public NerTrainingOptions(String algorithm, int iterations, int cutoff) {
        this(algorithm, iterations, cutoff, false);
    }

    public NerTrainingOptions {
        algorithm = algorithm.toLowerCase(Locale.ROOT);
        if (!algorithm.equals(MAXENT) && !algorithm.equals(PERCEPTRON)) {
            throw new IllegalArgumentException("algorithm must be maxent or perceptron, not '" + algorithm + "'");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, not " + iterations);
        }
        if (cutoff < 0) {
            throw new IllegalArgumentException("cutoff must be 0 or more, not " + cutoff);
        }
    }

    /** The settings the shipped model was trained with. */
    public static NerTrainingOptions defaults() {
        return new NerTrainingOptions(MAXENT, 100, 3);
    }

    /** OpenNLP's name for the algorithm. */
    String openNlpAlgorithm() {
        return algorithm.equals(MAXENT) ? "MAXENT" : "PERCEPTRON";
    }

    @Override
    public String toString() {
        return algorithm + ", " + iterations + " iterations, cutoff " + cutoff;
    }
}
