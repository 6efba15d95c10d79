package org.attache.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.attache.index.DocumentIndex;
import org.attache.ingest.InputRejectedException;
import org.attache.model.Rejection;
import org.attache.nlp.AnalysisModels;
import org.attache.nlp.DocumentAnalyzer;

/**
 * Runs a {@link DocumentProcessor} over files on this machine's threads, behind a bounded queue: each
 * document under its time budget ({@link DocumentTask}), each failure a rejection, never the end of
 * the run; the index is committed every {@value #COMMIT_EVERY} analysed documents so a killed run
 * keeps what it finished.
 */
final class LocalWorkers {

    private static final int COMMIT_EVERY = 500;

    private final int threads;
    private final long docTimeoutSeconds;
    private final AnalysisModels analyzers;

    LocalWorkers(int threads, long docTimeoutSeconds, AnalysisModels analyzers) {
        this.threads = threads;
        this.docTimeoutSeconds = docTimeoutSeconds;
        this.analyzers = analyzers;
    }

    /** Processes every file, reporting each outcome to {@code tally}; returns when all are done. */
    void run(List<SourceFile> files, DocumentProcessor processor, DocumentIndex index, RunTally tally,
             Progress progress) throws InterruptedException {
        ThreadLocal<DocumentAnalyzer> perThread = ThreadLocal.withInitial(analyzers::newAnalyzer);
        Supplier<DocumentAnalyzer> analyzer = perThread::get;
        AtomicInteger analysedSinceCommit = new AtomicInteger();
        ExecutorService supervisors = Executors.newFixedThreadPool(threads, daemon("attache-run"));
        // Work threads are made on demand: one stuck in an abandoned document is replaced, not waited for.
        ExecutorService work = Executors.newCachedThreadPool(daemon("attache-worker"));
        Semaphore queue = new Semaphore(threads * 4);
        try {
            for (SourceFile file : files) {
                queue.acquire();
                supervisors.execute(() -> {
                    try {
                        RunTally.Change change = DocumentTask.run(work, docTimeoutSeconds,
                                guard -> processor.process(file, analyzer, guard));
                        tally.count(file.id(), change);
                        if (change != RunTally.Change.UNCHANGED
                                && analysedSinceCommit.incrementAndGet() % COMMIT_EVERY == 0) {
                            index.commit(); // a killed run keeps what it finished; the next run skips it
                        }
                    } catch (InputRejectedException | DocumentTask.TimedOut e) {
                        tally.rejected.add(new Rejection(file.id(), e.getMessage()));
                    } catch (Throwable e) { // out of memory, stack overflow, anything: a row, never a lost input
                        tally.rejected.add(new Rejection(file.id(), FailureReason.of(e)));
                    } finally {
                        progress.documentDone();
                        queue.release();
                    }
                });
            }
            // queued behind every document: a supervisor with no document left writes a buffer of the
            // index while the others finish theirs, instead of the commit writing them all alone
            for (int i = 0; i < threads; i++) {
                supervisors.execute(() -> flushQuietly(index));
            }
        } finally {
            supervisors.shutdown();
            supervisors.awaitTermination(365, TimeUnit.DAYS);
            work.shutdownNow();
        }
    }

    /** Loads the shared models; a failure is left for the first worker, which then reports it per document. */
    void loadModelsQuietly() {
        try {
            analyzers.newAnalyzer();
        } catch (RuntimeException | LinkageError e) {
            // the workers make their own analyzers and meet the same problem there
        }
    }

    private static void flushQuietly(DocumentIndex index) {
        try {
            index.flushBuffer();
        } catch (IOException | RuntimeException e) {
            // the commit writes what is left and reports what is wrong
        }
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
