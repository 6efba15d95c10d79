package org.attache.nlp.maxent;

/** OpenNLP's {@code GISModel.eval} arithmetic after the sums: the same operations in the same order, so the same bits. */
public final class GisProbabilities {

    private GisProbabilities() {
    }

    /** Turns the first {@code outcomes} log-linear sums into probabilities, in place. */
    public static void normalise(double[] sums, int outcomes) {
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < outcomes; o++) {
            sums[o] /= normal;
        }
    }
}
