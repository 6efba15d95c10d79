package org.attache.nlp.maxent;


/** A {@link FeatureSink} that finds each feature's id in a model's table by its hash, never building the string. */
final class FeatureIds implements FeatureSink {

    private final PredicateTable table;
    private long state = FeatureHash.start();
    private int last = PredicateTable.UNKNOWN;

    FeatureIds(PredicateTable table) {
        this.table = table;
    }

    PredicateTable table() {
        return table;
    }

    @Override
    public FeatureSink part(String s) {
        state = FeatureHash.add(state, s);
        return this;
    }

    @Override
    public FeatureSink part(String s, int from, int to) {
        state = FeatureHash.add(state, s, from, to);
        return this;
    }

    @Override
    public void end() {
        last = table.idOfHash(FeatureHash.finish(state));
        state = FeatureHash.start();
    }

    /** The id of the feature last completed. */
    int last() {
        return last;
    }
}
