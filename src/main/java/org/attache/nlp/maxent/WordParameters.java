package org.attache.nlp.maxent;


/**
 * The model parameters of all of one word's own features (see {@link WordFeatures}), copied out of the
 * model's table into three small arrays. The table is megabytes and the profile showed the name
 * finder waiting on its memory; a word's copy is a few hundred bytes read in order, and the
 * words of a text repeat. Added in the table's order, so the sums are the same to the last bit.
 */
record WordParameters(int[] start, int[] outcomes, double[] params) {

    static WordParameters of(WordFeatures word, FeatureIds ids) {
        PredicateTable table = ids.table();
        int slots = word.slotCount();
        int[] id = new int[slots];
        int[] start = new int[slots + 1];
        for (int slot = 0; slot < slots; slot++) {
            word.write(slot, ids);
            id[slot] = ids.last();
            start[slot + 1] = start[slot] + table.parameterCount(id[slot]);
        }
        int[] outcomes = new int[start[slots]];
        double[] params = new double[start[slots]];
        for (int slot = 0; slot < slots; slot++) {
            table.copyParameters(id[slot], outcomes, params, start[slot]);
        }
        return new WordParameters(start, outcomes, params);
    }

    /** Adds the parameters of one slot's feature to {@code sums}. */
    void addTo(int slot, double[] sums) {
        for (int k = start[slot], end = start[slot + 1]; k < end; k++) {
            sums[outcomes[k]] += params[k];
        }
    }
}
