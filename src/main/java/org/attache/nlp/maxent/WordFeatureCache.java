package org.attache.nlp.maxent;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.featuregen.TokenPatternFeatureGenerator;

/**
 * The {@link WordFeatures} of the words one thread has seen, each worked out once; forgotten wholesale
 * when there are too many.
 */
final class WordFeatureCache {

    /** The vocabulary of hundreds of documents; with their parameters about 15 MB per thread. */
    private static final int LIMIT = 20_000;

    private final Map<String, WordFeatures> seen = new HashMap<>();
    private final TokenPatternFeatureGenerator patterns = new TokenPatternFeatureGenerator();

    WordFeatures of(String token) {
        WordFeatures w = seen.get(token);
        if (w == null) {
            if (seen.size() >= LIMIT) {
                seen.clear();
            }
            w = new WordFeatures(token, patterns);
            seen.put(token, w);
        }
        return w;
    }
}
