package org.attache.spark;

import org.attache.nlp.Analyzers;
import org.attache.pipeline.DefaultAnalyzers;

/**
 * The analysis models, loaded once per executor JVM and shared by its tasks (each task makes its own
 * analyzers, the per-thread tools, from them); the name finder and gazetteer take seconds to load.
 */
final class ExecutorModels {

    private ExecutorModels() {
    }

    private static final class Holder {
        static final Analyzers ANALYZERS = DefaultAnalyzers.load();
    }

    static Analyzers analyzers() {
        return Holder.ANALYZERS;
    }
}
