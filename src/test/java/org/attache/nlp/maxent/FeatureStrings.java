package org.attache.nlp.maxent;

import java.util.ArrayList;
import java.util.List;

/** A {@link FeatureSink} that keeps the features as strings, to compare them with OpenNLP's. */
final class FeatureStrings implements FeatureSink {

    private final StringBuilder current = new StringBuilder();
    private final List<String> features = new ArrayList<>();

    @Override
    public FeatureSink part(String s) {
        current.append(s);
        return this;
    }

    @Override
    public FeatureSink part(String s, int from, int to) {
        current.append(s, from, to);
        return this;
    }

    @Override
    public void end() {
        features.add(current.toString());
        current.setLength(0);
    }

    List<String> features() {
        return features;
    }
}
