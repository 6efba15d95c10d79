package org.attache.nlp.maxent;

/**
 * Where {@link NameFeatures} writes features, each given piece by piece ({@code part}s, then
 * {@code end}) so that a sink can hash the characters without ever building the string.
 */
interface FeatureSink {

    /** Appends the whole of {@code s} to the feature being written. */
    FeatureSink part(String s);

    /** Appends {@code s[from, to)} to the feature being written. */
    FeatureSink part(String s, int from, int to);

    /** Completes the feature being written. */
    void end();

    /** Writes the feature in a slot of a word (a sink may remember it by the slot). */
    default void feature(WordFeatures word, int slot) {
        word.write(slot, this);
    }
}
