package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a run (a child JVM, SIGKILL) part-way, re-runs, and compares with an uninterrupted run. */
class KilledRunTest {

    @TempDir
    Path tmp;

    @Test
    void rerunAfterKillGivesTheSameOutputsAsAnUninterruptedRun() throws Exception {
        Path corpus = tmp.resolve("corpus");
        CorpusReplicator.replicate(fixtureCorpus(), corpus, 40);
        Path killed = tmp.resolve("killed");
        Process p = child(corpus, killed).start();
        waitForCleanTexts(killed, p);
        assertTrue(Files.readString(killed.resolve("run.json")).contains("\"complete\": false"),
                "a run under way must be marked incomplete");
        long cleanAtKill = cleanTexts(killed);
        assertTrue(p.isAlive(), "the run finished before it could be killed; grow the corpus");
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(cleanAtKill < 100, "killed part-way, not at the end: " + cleanAtKill + " of 120 clean texts");
        assertTrue(Files.readString(killed.resolve("run.json")).contains("\"complete\": false"),
                "a killed run must be marked incomplete");
        assertEquals(0, child(corpus, killed).start().waitFor(), "re-run after the kill failed");
        Path clean = tmp.resolve("clean-run");
        assertEquals(0, child(corpus, clean).start().waitFor(), "uninterrupted run failed");
        assertEquals(contents(clean), contents(killed));
        assertTrue(Files.readString(killed.resolve("run.json")).contains("\"complete\": true"));
    }

    private static void waitForCleanTexts(Path out, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (cleanTexts(out) >= 10) {
                return;
            }
            Thread.sleep(10);
        }
    }

    private static long cleanTexts(Path out) throws IOException {
        Path clean = out.resolve("clean");
        for (int attempt = 1; ; attempt++) {
            if (!Files.isDirectory(clean)) {
                return 0;
            }
            try (Stream<Path> files = Files.walk(clean)) {
                return files.filter(Files::isRegularFile).count();
            } catch (UncheckedIOException | NoSuchFileException e) {
                if (attempt == 100) {
                    throw e; // the run renames a temporary file while we walk; a hundred times is not that
                }
            }
        }
    }

    private static ProcessBuilder child(Path corpus, Path out) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.attache.cli.Main", "run", corpus.toString(), "--out", out.toString(), "--quiet", "--threads", "2")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    /** Every CSV and clean text, by relative path (run.json and the index differ in timestamps and layout). */
    private static TreeMap<String, String> contents(Path out) throws IOException {
        TreeMap<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path rel = out.relativize(f);
                if (rel.toString().endsWith(".csv") || rel.startsWith("clean")) {
                    all.put(rel.toString(), Files.readString(f));
                }
            }
        }
        return all;
    }

    private static Path fixtureCorpus() throws URISyntaxException {
        return Path.of(KilledRunTest.class.getResource("/e2e-corpus").toURI());
    }
}
