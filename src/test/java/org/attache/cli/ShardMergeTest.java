package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus analysed in one run and in three shards merged: the same CSV files, report.html,
 * clean texts and search results, whether a shard learns the templates or reads them from a templates file;
 * a shard whose output was lost and that is run again merges the same.
 */
class ShardMergeTest {

    private static final Path CORPUS = Path.of("corpus");

    @TempDir
    Path tmp;

    @Test
    void threeShardsMergedGiveTheOutputOfOneRun() throws IOException {
        Path single = tmp.resolve("single");
        assertEquals(0, Cli.attache("run", CORPUS.toString(), "--out", single.toString(), "--quiet").exit());
        Path templates = tmp.resolve("templates.bin");
        Cli.Result learned = Cli.attache("templates", CORPUS.toString(), "--out", templates.toString());
        assertEquals(0, learned.exit(), learned.err());
        // shards given the templates of a first pass, or learning them, clean alike
        List<String> shards = List.of(shard(1, "--templates", templates.toString()), shard(2),
                shard(3, "--templates", templates.toString()));
        assertFalse(Files.exists(Path.of(shards.get(0), "documents.csv")), "the merge writes the reports, not a shard");
        Path merged = tmp.resolve("merged");
        // in any order
        Cli.Result merge = Cli.attache("merge", shards.get(2), shards.get(0), shards.get(1), "--out", merged.toString());
        assertEquals(0, merge.exit(), merge.err());
        assertTrue(merge.err().contains("Merged 3 shards"), merge.err());
        Map<String, String> expected = OutputFolders.reportsAndTexts(single);
        assertTrue(expected.containsKey("documents.csv") && expected.containsKey("clean/" + firstCleanText(single)));
        assertEquals(expected, OutputFolders.reportsAndTexts(merged));
        for (String query : List.of("NATO", "Russia OR China", "\"cyber defence\"")) {
            assertEquals(OutputFolders.searchJson(single, query), OutputFolders.searchJson(merged, query), query);
            assertEquals(OutputFolders.searchJson(single, query, "--quotes"),
                    OutputFolders.searchJson(merged, query, "--quotes"), query);
        }

        // a shard's output lost (a node died): run that shard again, merge again
        deleteTree(Path.of(shards.get(1)));
        assertEquals(2, Cli.attache("merge", shards.get(0), shards.get(2), "--out", tmp.resolve("m2").toString()).exit(),
                "a missing shard is a usage error");
        shard(2, "--templates", templates.toString());
        Path again = tmp.resolve("again");
        assertEquals(0, Cli.attache("merge", shards.get(0), shards.get(1), shards.get(2), "--out", again.toString(),
                "--quiet").exit());
        assertEquals(expected, OutputFolders.reportsAndTexts(again));
    }

    @Test
    void shardsOfAnotherSplitOrGivenTwiceAreRefused() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("c"));
        Files.writeString(corpus.resolve("a.txt"), "Allies meet in Brussels\n\nMinisters of the Alliance met on Monday.\n");
        Path one = tmp.resolve("one");
        assertEquals(0, Cli.attache("run", corpus.toString(), "--shard", "1/2", "--out", one.toString(), "--quiet").exit());
        Cli.Result twice = Cli.attache("merge", one.toString(), one.toString(), "--out", tmp.resolve("m").toString());
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("given twice"), twice.err());
        Cli.Result bad = Cli.attache("run", corpus.toString(), "--shard", "3/2", "--out", tmp.resolve("x").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--shard"), bad.err());

        Path templates = tmp.resolve("templates.bin");
        assertEquals(0, Cli.attache("templates", corpus.toString(), "--out", templates.toString(), "--quiet").exit());
        Files.writeString(corpus.resolve("b.txt"), "Another page\n\nAdded after the templates were learned.\n");
        Cli.Result stale = Cli.attache("run", corpus.toString(), "--shard", "2/2", "--templates", templates.toString(),
                "--out", tmp.resolve("two").toString(), "--quiet");
        assertEquals(2, stale.exit());
        assertTrue(stale.err().contains("another corpus"), stale.err());
        Cli.Result none = Cli.attache("run", corpus.toString(), "--shard", "2/2", "--templates",
                tmp.resolve("missing.bin").toString(), "--out", tmp.resolve("two").toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("--templates"), none.err());
    }

    private String shard(int i, String... more) {
        Path out = tmp.resolve("shard" + i);
        List<String> args = new ArrayList<>(List.of("run", CORPUS.toString(), "--shard", i + "/3", "--out",
                out.toString(), "--quiet"));
        args.addAll(List.of(more));
        Cli.Result r = Cli.attache(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return out.toString();
    }

    private static String firstCleanText(Path out) throws IOException {
        try (Stream<Path> all = Files.list(out.resolve("clean"))) {
            return all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
