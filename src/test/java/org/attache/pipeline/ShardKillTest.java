package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attache.report.CsvStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shard killed part-way (a child JVM, SIGKILL) is refused by the merge; run again into the same folder,
 * it merges into exactly the output of a single run, remembered rejections included.
 */
class ShardKillTest {

    @TempDir
    Path tmp;

    @Test
    void aShardKilledAndRunAgainMergesLikeASingleRun() throws Exception {
        Path corpus = tmp.resolve("corpus");
        CorpusReplicator.replicate(fixtureCorpus(), corpus, 40); // 120 documents, 40 of them rejected (empty)
        Path killed = tmp.resolve("shard-1");
        Process p = child(corpus, killed, "--shard", "1/2").start();
        waitForCleanTexts(killed, p);
        assertTrue(p.isAlive(), "the shard finished before it could be killed; grow the corpus");
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Path other = tmp.resolve("shard-2");
        assertEquals(0, child(corpus, other, "--shard", "2/2").start().waitFor(), "shard 2/2 failed");
        Path merged = tmp.resolve("merged");
        ShardMerge.Refused refused = assertThrows(ShardMerge.Refused.class,
                () -> ShardMerge.merge(List.of(killed, other), merged, CsvStyle.DEFAULT, false));
        assertTrue(refused.getMessage().contains("no finished shard"), refused.getMessage());

        assertEquals(0, child(corpus, killed, "--shard", "1/2").start().waitFor(), "shard 1/2 run again failed");
        ShardMerge.merge(List.of(other, killed), merged, CsvStyle.DEFAULT, false);
        Path single = tmp.resolve("single");
        assertEquals(0, child(corpus, single).start().waitFor(), "single run failed");
        TreeMap<String, String> expected = contents(single);
        assertTrue(expected.get("errors.csv").contains("empty.txt"), "the corpus has rejected files");
        assertEquals(expected, contents(merged));
        assertArrayEquals(Files.readAllBytes(new OutputLayout(single).rejectedFiles()),
                Files.readAllBytes(new OutputLayout(merged).rejectedFiles()),
                "the merge remembers the rejected files as the single run does");
    }

    private static void waitForCleanTexts(Path out, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (cleanTexts(out) >= 5) {
                return;
            }
            Thread.sleep(10);
        }
    }

    private static long cleanTexts(Path out) {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> files = Files.walk(out.resolve("clean"))) {
                return files.filter(Files::isRegularFile).count();
            } catch (IOException | RuntimeException e) {
                if (attempt >= 100) {
                    return 0; // not there yet, or files renamed while we walk
                }
            }
        }
    }

    private static ProcessBuilder child(Path corpus, Path out, String... more) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.attache.cli.Main", "run", corpus.toString(), "--out", out.toString(), "--quiet", "--threads", "2"));
        cmd.addAll(List.of(more));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    /** Every CSV, report.html and clean text, by relative path (run.json and the index differ in times and layout). */
    private static TreeMap<String, String> contents(Path out) throws IOException {
        TreeMap<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString().replace('\\', '/');
                if (rel.endsWith(".csv") || rel.endsWith(".html") || rel.startsWith("clean/")) {
                    all.put(rel, Files.readString(f));
                }
            }
        }
        return all;
    }

    private static Path fixtureCorpus() throws URISyntaxException {
        return Path.of(ShardKillTest.class.getResource("/e2e-corpus").toURI());
    }
}
