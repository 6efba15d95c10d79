package org.attache.spark;

import org.attache.nlp.AnalysisModels;
import org.attache.pipeline.ShippedModels;

/**
 * The analysis models, loaded once per executor JVM and shared by its tasks (each task makes its own
 * analyzers, the per-thread tools, from them); the name finder and gazetteer take seconds to load.
 */
final class ExecutorModels {

    private ExecutorModels() {
    }

    private static final class Holder {
        static final AnalysisModels ANALYZERS = ShippedModels.load();
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING =
            new java.util.concurrent.atomic.AtomicBoolean();

    static AnalysisModels analyzers() {
        return Holder.ANALYZERS;
    }

    /**
     * Starts loading the models on a thread of their own, once per JVM, while the template stage reads the
     * corpus (as a local run loads them beside its template pass); a failure is left for the analysis,
     * which meets it again and reports it per document.
     */
    static void warmUp() {
        if (WARMING.compareAndSet(false, true)) {
            Thread loader = new Thread(() -> {
                try {
                    analyzers().newAnalyzer();
                } catch (RuntimeException | LinkageError e) {
                    // see above
                }
            }, "attache-models");
            loader.setDaemon(true);
            loader.start();
        }
    }
}
