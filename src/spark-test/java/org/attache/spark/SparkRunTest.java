package org.attache.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.attache.cli.Cli;
import org.attache.cli.OutputFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} over the sample corpus writes the CSV files, report.html and clean
 * texts of {@code attache run}, byte for byte, whatever the number of partitions, and its index answers
 * searches as the local run's does. One Spark context for the class: starting one takes seconds.
 */
class SparkRunTest {

    private static final Path CORPUS = Path.of("corpus");

    private static JavaSparkContext sc;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startSpark() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("attache-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.hadoop.fs." + OtherFileSystem.SCHEME + ".impl", OtherFileSystem.class.getName()));
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void theJobWritesTheOutputsOfALocalRunWhateverThePartitions() throws Exception {
        Path single = tmp.resolve("single");
        Cli.Result local = Cli.attache("run", CORPUS.toString(), "--out", single.toString(), "--quiet");
        assertEquals(0, local.exit(), local.err());
        Map<String, String> expected = OutputFolders.reportsAndTexts(single);
        assertTrue(expected.containsKey("documents.csv") && expected.containsKey("report.html"));
        assertTrue(expected.keySet().stream().anyMatch(k -> k.startsWith("clean/")));
        for (int partitions : List.of(3, 7)) {
            Path out = tmp.resolve("spark" + partitions);
            SparkRun.Timing t = SparkRun.run(sc, SparkRun.parse(new String[] {CORPUS.toString(), "--out", out.toString(),
                "--partitions", String.valueOf(partitions)}));
            assertTrue(t.documents() > 10, "documents: " + t.documents());
            assertEquals(expected, OutputFolders.reportsAndTexts(out), partitions + " partitions");
            assertFalse(Files.exists(out.resolve(".spark-attempts")), "the attempts' folders are removed");
            assertTrue(Files.readString(out.resolve("run.json")).contains("\"complete\": true")
                    || Files.readString(out.resolve("run.json")).contains("\"complete\":true"));
            for (String query : List.of("NATO", "Russia OR China", "\"cyber defence\"")) {
                assertEquals(OutputFolders.searchJson(single, query), OutputFolders.searchJson(out, query), query);
                assertEquals(OutputFolders.searchJson(single, query, "--quotes"), OutputFolders.searchJson(out, query, "--quotes"), query);
            }
        }
    }

    @Test
    void aCorpusAndWorkFolderOnAnotherFileSystemGiveTheSameOutputs() throws Exception {
        Path single = tmp.resolve("single-other");
        assertEquals(0, Cli.attache("run", CORPUS.toString(), "--out", single.toString(), "--quiet").exit());
        String corpus = OtherFileSystem.SCHEME + "://" + CORPUS.toAbsolutePath();
        String work = OtherFileSystem.SCHEME + "://" + tmp.resolve("work").toAbsolutePath();
        Path out = tmp.resolve("spark-other");
        SparkRun.run(sc, SparkRun.parse(new String[] {corpus, "--out", out.toString(), "--work", work,
            "--partitions", "2"}));
        assertEquals(OutputFolders.reportsAndTexts(single), OutputFolders.reportsAndTexts(out));
        assertFalse(Files.exists(tmp.resolve("work")), "the attempts' folders are removed");
    }
}
