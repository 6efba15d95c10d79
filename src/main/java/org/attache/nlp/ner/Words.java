package org.attache.nlp.ner;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.featuregen.TokenPatternFeatureGenerator;

/** The {@link Word}s one thread has seen, each worked out once; forgotten wholesale when there are too many. */
final class Words {

    /** Enough for the vocabulary of thousands of documents, small next to the heap (a few MB). */
    private static final int LIMIT = 50_000;

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
