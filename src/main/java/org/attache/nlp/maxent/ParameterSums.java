package org.attache.nlp.maxent;

/**
 * A {@link FeatureSink} that adds each feature's parameters to the outcome sums at once, in the
 * order the features come: OpenNLP's {@code GISModel.eval} adds them in the same order, so the sums
 * are the same to the last bit. A word's own features come from its {@link WordParameters}, made
 * the first time the word is met; the others are looked up by hash in the model's table.
 */
final class ParameterSums implements FeatureSink {

    private final FeatureIds ids;
    private double[] sums;

    ParameterSums(FeatureIds ids) {
        this.ids = ids;
    }

    /** Features written from now on add to {@code target}. */
    ParameterSums into(double[] target) {
        this.sums = target;
        return this;
    }

    @Override
    public FeatureSink part(String s) {
        ids.part(s);
        return this;
    }

    @Override
    public FeatureSink part(String s, int from, int to) {
        ids.part(s, from, to);
        return this;
    }

    @Override
    public void end() {
        ids.end();
        ids.table().addParameters(ids.last(), sums);
    }

    @Override
    public void feature(WordFeatures word, int slot) {
        WordParameters p = word.parameters();
        if (p == null) {
            p = WordParameters.of(word, ids);
            word.parameters(p);
        }
        p.addTo(slot, sums);
    }
}
