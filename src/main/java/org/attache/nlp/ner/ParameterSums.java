package org.attache.nlp.ner;

import org.attache.nlp.maxent.FeatureHash;
import org.attache.nlp.maxent.PredicateTable;

/**
 * A {@link FeatureSink} that looks each feature up by its hash (a word's features only once: the
 * word remembers their ids) and adds its parameters to the outcome sums at once, in the order the
 * features come: OpenNLP's {@code GISModel.eval} adds
 * them in the same order, so the sums are the same to the last bit.
 */
final class ParameterSums implements FeatureSink {

    private final PredicateTable table;
    private double[] sums;
    private long state = FeatureHash.start();
    private int lastId;

    ParameterSums(PredicateTable table) {
        this.table = table;
    }

    /** Features written from now on add to {@code target}. */
    ParameterSums into(double[] target) {
        this.sums = target;
        return this;
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
        lastId = table.idOfHash(FeatureHash.finish(state));
        state = FeatureHash.start();
        table.addParameters(lastId, sums);
    }

    /** Looks a word's feature up only the first time (the word remembers its id). */
    @Override
    public void feature(Word word, int slot) {
        int id = word.id(slot);
        if (id == Word.UNSEEN) {
            word.write(slot, this);
            word.rememberId(slot, lastId);
        } else {
            table.addParameters(id, sums);
        }
    }
}
