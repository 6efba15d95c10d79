package org.attache.nlp.ner;

import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS model that gives exactly the probabilities of {@link GISModel#eval(String[], double[])}
 * (same lookups, same sums in the same order, same {@code StrictMath.exp}) but does less work in a
 * beam search. The profile showed the name finder spending most of its time in the model's feature
 * map lookups and in {@code exp}: beam search asks for every token's context once per candidate
 * sequence, and those contexts differ only in the last few (previous-outcome) features, while the
 * rest are the very same String objects from the cached feature generators. So the lookups of a
 * context prefix shared by reference with the previous call are reused, recent features are looked
 * up in a small table first, and a context whose model parameters are all the same as a recent
 * one's gets that one's probabilities back.
 * <p>
 * Not thread-safe: one per name finder (the shared {@link GISModel} underneath is read-only).
 */
final class ReusingMaxentModel implements MaxentModel {

    private static final int REMEMBERED = 8;
    private static final int RECENT_FEATURES = 1 << 14;

    private final GISModel model;
    private final Map<String, Context> predicates;
    private final UniformPrior prior = new UniformPrior();
    private final int outcomes;

    private String[] lastContext = new String[0];
    private Context[] lastParams = new Context[0];
    private final Context[][] rememberedParams = new Context[REMEMBERED][];
    private final double[][] rememberedProbs = new double[REMEMBERED][];
    private int nextSlot;
    private final String[] recentFeatures = new String[RECENT_FEATURES];
    private final Context[] recentParams = new Context[RECENT_FEATURES];

    @SuppressWarnings("unchecked")
    ReusingMaxentModel(GISModel model) {
        this.model = model;
        Object[] data = model.getDataStructures();
        this.predicates = (Map<String, Context>) data[1];
        String[] outcomeNames = (String[]) data[2];
        this.outcomes = outcomeNames.length;
        prior.setLabels(outcomeNames, null);
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        Context[] params = lookUp(context);
        for (int slot = 0; slot < REMEMBERED; slot++) {
            if (sameParams(rememberedParams[slot], params)) {
                System.arraycopy(rememberedProbs[slot], 0, probs, 0, outcomes);
                return probs;
            }
        }
        prior.logPrior(probs, params, null);
        ArrayMath.sumFeatures(params, null, probs);
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            probs[o] = StrictMath.exp(probs[o]);
            normal += probs[o];
        }
        for (int o = 0; o < outcomes; o++) {
            probs[o] /= normal;
        }
        rememberedParams[nextSlot] = params;
        rememberedProbs[nextSlot] = probs.clone();
        nextSlot = (nextSlot + 1) % REMEMBERED;
        return probs;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return values == null ? eval(context) : model.eval(context, values);
    }

    /** The parameters of each feature; the prefix shared (by reference) with the last context is not looked up again. */
    private Context[] lookUp(String[] context) {
        Context[] params = new Context[context.length];
        int shared = 0;
        int limit = Math.min(context.length, lastContext.length);
        while (shared < limit && context[shared] == lastContext[shared]) {
            params[shared] = lastParams[shared];
            shared++;
        }
        for (int i = shared; i < context.length; i++) {
            params[i] = paramsOf(context[i]);
        }
        lastContext = context;
        lastParams = params;
        return params;
    }

    /**
     * The parameters of one feature. The model's map is large (cache misses on every lookup), but
     * the features of running text repeat ("w=the", the word shapes), so a small direct-mapped table
     * of recent features answers most lookups.
     */
    private Context paramsOf(String feature) {
        int h = feature.hashCode();
        int slot = (h ^ (h >>> 14)) & (RECENT_FEATURES - 1);
        String known = recentFeatures[slot];
        if (known != null && known.equals(feature)) {
            return recentParams[slot];
        }
        Context params = predicates.get(feature);
        recentFeatures[slot] = feature;
        recentParams[slot] = params;
        return params;
    }

    private static boolean sameParams(Context[] a, Context[] b) {
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
