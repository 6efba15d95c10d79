package org.attache.nlp.maxent;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.featuregen.TokenPatternFeatureGenerator;

/** The {@link Word}s one thread has seen, each worked out once; forgotten wholesale when there are too many. */
final class Words {

    /** The vocabulary of hundreds of documents; with their parameters about 15 MB per thread. */
    private static final int LIMIT = 20_000;

    private final Map<String, Word> seen = new HashMap<>();
    private final TokenPatternFeatureGenerator patterns = new TokenPatternFeatureGenerator();

    Word of(String token) {
        Word w = seen.get(token);
        if (w == null) {
            if (seen.size() >= LIMIT) {
                seen.clear();
            }
            w = new Word(token, patterns);
            seen.put(token, w);
        }
        return w;
    }
}
