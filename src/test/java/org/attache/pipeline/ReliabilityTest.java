package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.attache.model.Cancellation;
import org.attache.model.Rejection;
import org.attache.nlp.ActorRecognizer;
import org.attache.nlp.AnalysisModels;
import org.attache.report.CsvStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever happens to a document's task (out of memory, stack overflow, a time-out, its file renamed
 * or deleted mid-run), the document ends in documents.csv or errors.csv, and the run goes on.
 */
class ReliabilityTest {

    private static final String PARAGRAPH = "Defence ministers of the Alliance met in Brussels on Thursday.\n";

    @TempDir
    Path tmp;

    private RunOutcome run(Path corpus, long timeout, ActorRecognizer actors, Pipeline[] made) throws Exception {
        AnalysisModels analyzers = new AnalysisModels(() -> actors, () -> (document, sentences, mentions) -> List.of(),
                () -> (document, mentions) -> List.of(), List.of());
        RunConfig config = new RunConfig(List.of(corpus), tmp.resolve("out"), 1, RunConfig.DEFAULT_MAX_BYTES,
                CsvStyle.DEFAULT, true, timeout);
        made[0] = new Pipeline(config, analyzers, new PrintWriter(new StringWriter()));
        return made[0].run();
    }

    private static Map<String, String> byDocument(List<Rejection> rejections) {
        Map<String, String> out = new TreeMap<>();
        rejections.forEach(r -> out.put(r.document(), r.reason()));
        return out;
    }

    @Test
    void outOfMemoryAndStackOverflowAreRowsNotLostInputs() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("a", "heap", "deep", "z")) {
            Files.writeString(corpus.resolve(name + ".txt"), name.toUpperCase() + " " + PARAGRAPH);
        }
        ActorRecognizer failing = (text, sentences) -> {
            if (text.startsWith("HEAP")) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (text.startsWith("DEEP")) {
                throw new StackOverflowError();
            }
            return List.of();
        };
        Pipeline[] pipeline = new Pipeline[1];
        RunOutcome outcome = run(corpus, 60, failing, pipeline);

        assertEquals(2, outcome.added());
        Map<String, String> rejected = byDocument(outcome.rejected());
        assertEquals(List.of("deep.txt", "heap.txt"), List.copyOf(rejected.keySet()));
        assertTrue(rejected.get("heap.txt").startsWith("ran out of memory while analysing"), rejected.toString());
        assertTrue(rejected.get("deep.txt").startsWith("too deeply nested"), rejected.toString());
        assertEquals(0, pipeline[0].lost());
        String errors = Files.readString(tmp.resolve("out/errors.csv"));
        assertTrue(errors.contains("heap.txt,\"ran out of memory") && errors.contains("deep.txt,too deeply nested"), errors);
    }

    @Test
    void aTimedOutTaskStopsWorkingAtItsNextCheck() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), PARAGRAPH);
        Files.writeString(corpus.resolve("spin.txt"), "SPIN " + PARAGRAPH);
        CountDownLatch stopped = new CountDownLatch(1);
        ActorRecognizer spinning = (text, sentences) -> {
            if (text.startsWith("SPIN")) {
                try {
                    while (true) { // a stage's long loop: it checks, as every stage's loops do
                        Cancellation.check();
                    }
                } finally {
                    stopped.countDown();
                }
            }
            return List.of();
        };
        Pipeline[] pipeline = new Pipeline[1];
        RunOutcome outcome = run(corpus, 1, spinning, pipeline);

        // (a.txt may time out as well on a loaded machine, where loading the models takes a second)
        assertTrue(byDocument(outcome.rejected()).get("spin.txt").startsWith("timed out after 1 s"));
        assertTrue(stopped.await(30, TimeUnit.SECONDS), "the abandoned task never stopped");
    }

    @Test
    void filesRenamedOrDeletedDuringTheRunAreAccountedFor() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(corpus.resolve(name + ".txt"), name.toUpperCase() + " " + PARAGRAPH);
        }
        // one thread, documents in id order: while a.txt is analysed, c.txt is renamed to d.txt
        ActorRecognizer renaming = (text, sentences) -> {
            if (text.startsWith("A ")) {
                try {
                    Files.move(corpus.resolve("c.txt"), corpus.resolve("d.txt"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return List.of();
        };
        Pipeline[] pipeline = new Pipeline[1];
        RunOutcome outcome = run(corpus, 60, renaming, pipeline);

        assertEquals(2, outcome.added());
        Map<String, String> rejected = byDocument(outcome.rejected());
        assertTrue(rejected.get("c.txt").startsWith("vanished during the run"), rejected.toString());
        assertTrue(rejected.get("d.txt").startsWith("appeared during the run"), rejected.toString());
        assertEquals(0, pipeline[0].lost());
    }

    @Test
    void theLedgerListsFilesWithoutAnOutcome() {
        List<SourceFile> files = List.of(new SourceFile("a", Path.of("a")), new SourceFile("b", Path.of("b")),
                new SourceFile("c", Path.of("c")));
        List<Rejection> lost = InputLedger.unaccounted(files, Set.of("a"),
                List.of(new Rejection("c", "empty file")));
        assertEquals(List.of(new Rejection("b", InputLedger.LOST)), lost);
    }
}
