package org.attache.nlp.maxent;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS model over a {@link PredicateTable}, read straight from its file ({@link GisFile}): the
 * probabilities of {@link GISModel#eval(String[], float[])} to the last bit (the uniform prior OpenNLP's
 * reader gives a GIS model, each feature's parameters times its value added in the same order, the same
 * {@code StrictMath.exp}). Read-only, so thread-safe.
 */
final class TableMaxentModel extends AbstractModel {

    private final PredicateTable table;
    private final String[] outcomes;
    private final double[] logPrior;

    /** OpenNLP's model classes check for an {@link AbstractModel}: one with no features of its own, ours in the table. */
    TableMaxentModel(GisFile gis) {
        super(new Context[0], new String[0], gis.outcomes().clone());
        this.modelType = ModelType.Maxent;
        this.table = gis.table();
        this.outcomes = gis.outcomes().clone();
        UniformPrior uniform = new UniformPrior();
        uniform.setLabels(outcomes, null);
        this.prior = uniform;
        this.logPrior = new double[outcomes.length];
        uniform.logPrior(logPrior, new Context[0], null);
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, null, new double[outcomes.length]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return eval(context, null, probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context, values, new double[outcomes.length]);
    }

    private double[] eval(String[] context, float[] values, double[] sums) {
        System.arraycopy(logPrior, 0, sums, 0, outcomes.length);
        for (int i = 0; i < context.length; i++) {
            table.addParameters(table.idOf(context[i]), values == null ? 1 : values[i], sums);
        }
        GisProbabilities.normalise(sums, outcomes.length);
        return sums;
    }
}
