package org.attache.nlp.maxent;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.Context;

/**
 * A GIS model's features and parameters laid out for fast lookup; immutable, shared by all threads.
 * <p>
 * The profile showed the name finder's time going into feature lookups: every feature is a freshly
 * built string, and a {@code HashMap} lookup of one touches the table, a node, the stored key and
 * its characters, then the {@link Context} and its two arrays. Here a feature is found by a 64-bit
 * hash of its characters in one open-addressing array (hash and id side by side), and the
 * parameters of all features sit in two flat arrays in the model's own order.
 * <p>
 * The keys are the hashes, not the strings: {@link #of} refuses a model in which two features share
 * a hash, so every model feature is found exactly; a feature the model does not know is mistaken
 * for one it knows only if their 64-bit hashes collide (about one lookup in 10^13 for our model).
 */
public final class PredicateTable {

    /** Id of a feature the model does not know. */
    public static final int UNKNOWN = -1;

    private static final long EMPTY = 0L;

    private final long[] slots; // pairs: hash, id
    private final int mask;
    private final int[] firstParam; // predicate id -> its parameters' range [firstParam[id], firstParam[id + 1])
    private final int[] outcomes;
    private final double[] params;

    private PredicateTable(long[] slots, int[] firstParam, int[] outcomes, double[] params) {
        this.slots = slots;
        this.mask = slots.length / 2 - 1;
        this.firstParam = firstParam;
        this.outcomes = outcomes;
        this.params = params;
    }

    /** The table of the model's predicates, or empty if two of them share a 64-bit hash. */
    public static Optional<PredicateTable> of(Map<String, Context> predicates) {
        Builder table = new Builder(predicates.size());
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            if (!table.add(FeatureHash.of(e.getKey()), e.getValue().getOutcomes(), e.getValue().getParameters())) {
                return Optional.empty();
            }
        }
        return Optional.of(table.build());
    }

    /**
     * Lays out a table feature by feature, in the order given (a feature's id), from a model's map or
     * straight from its file ({@link NameFinderFile}).
     */
    static final class Builder {

        private final long[] slots;
        private final int mask;
        private final int[] firstParam;
        private int[] outcomes;
        private double[] params;
        private int id;
        private int at;

        /** A builder for {@code features} features. */
        Builder(int features) {
            int capacity = Integer.highestOneBit(Math.max(4, features * 2) - 1) << 1; // at most half full
            this.slots = new long[capacity * 2];
            this.mask = capacity - 1;
            this.firstParam = new int[features + 1];
            this.outcomes = new int[Math.max(16, features * 2)];
            this.params = new double[outcomes.length];
        }

        /**
         * Adds the next feature, of hash {@code h}, with its parameters in the model's outcome order; false
         * if a feature of the same hash was added before, or more features than announced.
         */
        boolean add(long h, int[] featureOutcomes, double[] featureParams) {
            if (id >= firstParam.length - 1) {
                return false;
            }
            int slot = slotOf(h, mask);
            while (slots[2 * slot] != EMPTY) {
                if (slots[2 * slot] == h) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = h;
            slots[2 * slot + 1] = id;
            int n = featureOutcomes.length;
            if (at + n > outcomes.length) {
                int grown = Math.max(at + n, outcomes.length * 2);
                outcomes = Arrays.copyOf(outcomes, grown);
                params = Arrays.copyOf(params, grown);
            }
            firstParam[id] = at;
            System.arraycopy(featureOutcomes, 0, outcomes, at, n);
            System.arraycopy(featureParams, 0, params, at, n);
            at += n;
            id++;
            return true;
        }

        /** The table of the features added (all those announced). */
        PredicateTable build() {
            if (id != firstParam.length - 1) {
                throw new IllegalStateException(id + " features added of " + (firstParam.length - 1));
            }
            firstParam[id] = at;
            return new PredicateTable(slots, firstParam, Arrays.copyOf(outcomes, at), Arrays.copyOf(params, at));
        }
    }

    /** How many features the table holds; their ids are 0 to size - 1. */
    public int size() {
        return firstParam.length - 1;
    }

    /** The id of a feature, or {@link #UNKNOWN}. */
    public int idOf(String feature) {
        return idOfHash(FeatureHash.of(feature));
    }

    /**
     * Adds the parameters of the given features to {@code sums}, feature by feature and within a
     * feature in the model's outcome order: the same additions in the same order as OpenNLP's
     * {@code ArrayMath.sumFeatures}, so the same sums to the last bit.
     */
    public void addParameters(int[] ids, double[] sums) {
        for (int id : ids) {
            addParameters(id, sums);
        }
    }

    /** The id of a feature given by its {@link FeatureHash#finish finished} hash, or {@link #UNKNOWN}. */
    public int idOfHash(long h) {
        int slot = slotOf(h, mask);
        long[] s = slots;
        while (true) {
            long key = s[2 * slot];
            if (key == h) {
                return (int) s[2 * slot + 1];
            }
            if (key == EMPTY) {
                return UNKNOWN;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds the parameters of one feature to {@code sums}, in the model's outcome order. */
    public void addParameters(int id, double[] sums) {
        if (id != UNKNOWN) {
            for (int k = firstParam[id], end = firstParam[id + 1]; k < end; k++) {
                sums[outcomes[k]] += params[k];
            }
        }
    }

    /**
     * Adds the parameters of one feature, each times {@code value}, to {@code sums}, in the model's outcome
     * order: OpenNLP's {@code ArrayMath.sumFeatures} for a feature of that value.
     */
    public void addParameters(int id, double value, double[] sums) {
        if (id != UNKNOWN) {
            for (int k = firstParam[id], end = firstParam[id + 1]; k < end; k++) {
                sums[outcomes[k]] += params[k] * value;
            }
        }
    }

    /** How many parameters a feature has (0 for {@link #UNKNOWN}). */
    public int parameterCount(int id) {
        return id == UNKNOWN ? 0 : firstParam[id + 1] - firstParam[id];
    }

    /** Copies a feature's parameters, in the order {@link #addParameters} adds them, to {@code [at, at + count)}. */
    public void copyParameters(int id, int[] outcomesOut, double[] paramsOut, int at) {
        int n = parameterCount(id);
        if (n > 0) {
            System.arraycopy(outcomes, firstParam[id], outcomesOut, at, n);
            System.arraycopy(params, firstParam[id], paramsOut, at, n);
        }
    }

    private static int slotOf(long h, int mask) {
        return (int) h & mask;
    }
}
