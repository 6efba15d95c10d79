package org.attache.pipeline;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;
import org.attache.ingest.TemplateLearner;
import org.attache.ingest.Templates;
import org.attache.nlp.Stage;
import org.attache.nlp.StageTimer;

/**
 * The first pass over a corpus: learns the site templates (lines repeated across a site's pages) from
 * every document, on its own threads, while the caller goes on (opening the index, loading models).
 * Always over the whole corpus, also in a shard, so every shard cleans with the templates of a single run;
 * a shard may instead be given the templates a first pass wrote to a file ({@link TemplatesFile}).
 */
final class TemplatePass {

    private final long t0 = System.nanoTime();
    private final TemplateLearner learner = new TemplateLearner();
    private final ExecutorService pool;
    private final StageTimer timer;
    private final Templates given;

    private TemplatePass(int threads, StageTimer timer) {
        this.pool = Executors.newFixedThreadPool(threads, LocalWorkers.daemon("attache-templates"));
        this.timer = timer;
        this.given = null;
    }

    private TemplatePass(Templates given) {
        this.pool = null;
        this.timer = null;
        this.given = given;
    }

    /** A pass already done: the templates of a templates file ({@link TemplatesFile}), learned by a first pass. */
    static TemplatePass done(Templates templates) {
        return new TemplatePass(templates);
    }

    /** Starts the pass over {@code files} alone, no documents' pass following it to take what it reads. */
    static TemplatePass start(List<SourceFile> files, long maxBytes, int threads, StageTimer timer) {
        return start(files, maxBytes, threads, timer, new ReadAhead(0, id -> false));
    }

    /** Starts the pass over {@code files}, keeping what it reads in {@code reads}; {@link #templates} waits for it. */
    static TemplatePass start(List<SourceFile> files, long maxBytes, int threads, StageTimer timer, ReadAhead reads) {
        DocumentReader plain = new DocumentReader(maxBytes, new Cleaners());
        TemplatePass pass = new TemplatePass(threads, timer);
        for (SourceFile file : files) {
            pass.pool.execute(() -> {
                try {
                    byte[] bytes = reads.read(file, plain);
                    String text = DocumentReader.analysable(bytes) ? plain.decode(bytes, file.id()) : "";
                    if (!text.isEmpty() && DocumentReader.analysable(text)) { // too long to analyse: teaches nothing
                        pass.learner.add(file.id(), text);
                    }
                } catch (InputRejectedException | RuntimeException | Error e) {
                    // rejected (or failing, even out of memory) documents teach nothing; the main pass reports them
                }
            });
        }
        pass.pool.shutdown(); // the queued files are still read; the threads end with them
        return pass;
    }

    /** Waits for the pass to end; the templates it learned. */
    Templates templates() throws InterruptedException {
        if (given != null) {
            return given;
        }
        pool.awaitTermination(365, TimeUnit.DAYS);
        timer.add(Stage.CLEANING, System.nanoTime() - t0);
        return learner.build();
    }
}
