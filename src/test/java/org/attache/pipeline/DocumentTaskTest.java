package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.attache.model.Rejection;
import org.attache.nlp.ActorRecognizer;
import org.attache.nlp.AnalysisModels;
import org.attache.report.CsvStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-document time budget: a stuck document is cut off, reported, and can never write afterwards. */
class DocumentTaskTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @TempDir
    Path tmp;

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void workWithinItsBudgetReturnsItsResult() throws Exception {
        assertEquals("done", DocumentTask.run(executor, 5, guard -> guard.claimWrite() ? "done" : "refused"));
    }

    @Test
    void aFailureOfTheWorkIsRethrownAsItself() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> DocumentTask.run(executor, 5, guard -> {
                    throw new IllegalStateException("bad page");
                }));
        assertEquals("bad page", thrown.getMessage());
    }

    @Test
    void workPastItsBudgetIsAbandonedAndNeverWrites() throws Exception {
        AtomicBoolean wrote = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        long t0 = System.nanoTime();
        DocumentTask.TimedOut timedOut = assertThrows(DocumentTask.TimedOut.class,
                () -> DocumentTask.run(executor, 1, guard -> {
                    try {
                        spinIgnoringInterrupts(2_500); // like catastrophic regex backtracking: deaf to interrupts
                        if (guard.claimWrite()) {
                            wrote.set(true);
                        }
                        return null;
                    } finally {
                        finished.countDown();
                    }
                }));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 2.0, "the supervisor gave up after its budget, not when the work ended: " + seconds);
        assertTrue(timedOut.getMessage().startsWith("timed out after 1 s"), timedOut.getMessage());
        assertTrue(finished.await(10, TimeUnit.SECONDS));
        assertFalse(wrote.get(), "abandoned work must not be allowed to write");
    }

    @Test
    void workThatStartedWritingIsLetFinishEvenPastTheBudget() throws Exception {
        String result = DocumentTask.run(executor, 1, guard -> {
            assertTrue(guard.claimWrite());
            spinIgnoringInterrupts(1_500); // a slow disk while writing
            return "written";
        });
        assertEquals("written", result, "half-written results are worse than a late document");
    }

    @Test
    void aStuckDocumentIsRejectedAsTimedOutAndTheRunGoesOn() throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        String paragraph = "Defence ministers of the Alliance met in Brussels on Thursday to agree new plans.\n";
        Files.writeString(corpus.resolve("a.txt"), paragraph);
        Files.writeString(corpus.resolve("stuck.txt"), "STALL " + paragraph);
        Files.writeString(corpus.resolve("b.txt"), paragraph);
        CountDownLatch stallEnded = new CountDownLatch(1);
        ActorRecognizer stalling = (text, sentences) -> {
            if (text.contains("STALL")) {
                spinIgnoringInterrupts(6_000);
                stallEnded.countDown();
            }
            return List.of();
        };
        AnalysisModels analyzers = new AnalysisModels(() -> stalling, () -> (document, sentences, mentions) -> List.of(),
                () -> (document, mentions) -> List.of(), List.of());
        Path out = tmp.resolve("out");
        RunConfig config = new RunConfig(List.of(corpus), out, 1, RunConfig.DEFAULT_MAX_BYTES, CsvStyle.DEFAULT,
                true, 3); // 3 s, not 1: on a loaded machine the small documents must fit in their budget
        RunOutcome outcome = new Pipeline(config, analyzers, new PrintWriter(new StringWriter())).run();

        assertEquals(2, outcome.added(), outcome.toString());
        assertEquals(1, outcome.rejected().size(), outcome.rejected().toString());
        Rejection rejected = outcome.rejected().get(0);
        assertEquals("stuck.txt", rejected.document());
        assertTrue(rejected.reason().startsWith("timed out after 3 s"), rejected.reason());
        String errors = Files.readString(out.resolve("errors.csv"));
        assertTrue(errors.lines().anyMatch(l -> l.startsWith("stuck.txt,") && l.contains("timed out after 3 s")), errors);
        String documents = Files.readString(out.resolve("documents.csv"));
        assertTrue(documents.contains("a.txt,") && documents.contains("b.txt,"), documents);
        assertFalse(documents.contains("stuck.txt"), documents);

        assertTrue(stallEnded.await(20, TimeUnit.SECONDS));
        Thread.sleep(300); // let the abandoned work reach its guard
        OutputLayout layout = new OutputLayout(out);
        assertFalse(Files.exists(layout.cleanFile("stuck.txt")), "the abandoned document wrote its clean text");
        assertTrue(Files.exists(layout.cleanFile("a.txt")));
    }

    /** Busy-waits, ignoring interrupts, as a runaway regex or parser would. */
    private static void spinIgnoringInterrupts(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long n = 0;
        while (System.nanoTime() < end) {
            n++;
        }
        if (n < 0) {
            throw new AssertionError(); // keeps the loop from being optimised away
        }
    }
}
