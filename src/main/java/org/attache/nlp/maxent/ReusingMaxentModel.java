package org.attache.nlp.maxent;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS model that gives exactly the probabilities of {@link GISModel#eval(String[], double[])}
 * (same parameters, same sums in the same order, same {@code StrictMath.exp}) but does less work in
 * a beam search. The profile showed the name finder spending most of its time in the model's
 * feature lookups: beam search asks for every token's context once per candidate sequence, and
 * those contexts differ only in the last few (previous-outcome) features, while the rest are the
 * very same String objects from the cached feature generators. So the lookups of a context prefix
 * shared by reference with the previous call are reused, the others go to a {@link PredicateTable},
 * and a context whose features are all the same as a recent one's gets that one's probabilities back.
 * <p>
 * Not thread-safe: one per name finder (the model and table underneath are read-only).
 */
final class ReusingMaxentModel implements MaxentModel {

    private static final int REMEMBERED = 8;

    private final GISModel model;
    private final PredicateTable table;
    private final double[] logPrior;
    private final int outcomes;

    private String[] lastContext = new String[0];
    private int[] lastIds = new int[0];
    private final int[][] rememberedIds = new int[REMEMBERED][];
    private final double[][] rememberedProbs = new double[REMEMBERED][];
    private int nextSlot;

    ReusingMaxentModel(GISModel model, PredicateTable table) {
        this.model = model;
        this.table = table;
        this.outcomes = model.getNumOutcomes();
        String[] outcomeNames = new String[outcomes];
        for (int o = 0; o < outcomes; o++) {
            outcomeNames[o] = model.getOutcome(o);
        }
        // A uniform prior does not depend on the context: work it out once.
        UniformPrior prior = new UniformPrior();
        prior.setLabels(outcomeNames, null);
        this.logPrior = new double[outcomes];
        prior.logPrior(logPrior, new Context[0], null);
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        int[] ids = lookUp(context);
        for (int slot = 0; slot < REMEMBERED; slot++) {
            if (sameIds(rememberedIds[slot], ids)) {
                System.arraycopy(rememberedProbs[slot], 0, probs, 0, outcomes);
                return probs;
            }
        }
        System.arraycopy(logPrior, 0, probs, 0, outcomes);
        table.addParameters(ids, probs);
        GisProbabilities.normalise(probs, outcomes);
        rememberedIds[nextSlot] = ids;
        rememberedProbs[nextSlot] = probs.clone();
        nextSlot = (nextSlot + 1) % REMEMBERED;
        return probs;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return values == null ? eval(context) : model.eval(context, values);
    }

    /** The id of each feature; the prefix shared (by reference) with the last context is not looked up again. */
    private int[] lookUp(String[] context) {
        int[] ids = new int[context.length];
        int shared = 0;
        int limit = Math.min(context.length, lastContext.length);
        while (shared < limit && context[shared] == lastContext[shared]) {
            ids[shared] = lastIds[shared];
            shared++;
        }
        for (int i = shared; i < context.length; i++) {
            ids[i] = table.idOf(context[i]);
        }
        lastContext = context;
        lastIds = ids;
        return ids;
    }

    private static boolean sameIds(int[] a, int[] b) {
        if (a == null || a.length != b.length) {
            return false;
        }
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String getBestOutcome(double[] outcomeProbs) {
        return model.getBestOutcome(outcomeProbs);
    }

    @Override
    public String getAllOutcomes(double[] outcomeProbs) {
        return model.getAllOutcomes(outcomeProbs);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return outcomes;
    }
}
