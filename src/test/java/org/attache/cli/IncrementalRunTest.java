package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.attache.index.DocumentIndex;
import org.attache.index.IndexSchema;
import org.attache.pipeline.OutputLayout;
import org.attache.pipeline.RunLock;
import org.attache.report.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs over a corpus that changes between runs: the index stays true to the corpus (added, changed,
 * removed), re-runs are idempotent, a second run at once is refused, and a killed run is recovered.
 */
class IncrementalRunTest {

    @TempDir
    Path tmp;
    Path corpus;
    Path out;

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = tmp.resolve("corpus");
        out = tmp.resolve("out");
        write("alpha.txt", "NATO allies discussed cyber defence in Brussels.\n\nThe summit ended with a communique.");
        write("beta.txt", "Ransomware attacks on hospitals rose sharply last year.\n\nOfficials urged backups.");
        write("news/gamma.txt", "Sanctions on shipping were extended for another year.\n\nTrade ministers agreed.");
    }

    private void write(String id, String text) throws IOException {
        Path p = corpus.resolve(id);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static Cli.Result attache(String... args) {
        return Cli.attache(args);
    }

    private Cli.Result run() {
        return attache("run", corpus.toString(), "--out", out.toString(), "--quiet", "--threads", "2");
    }

    private String runJson() throws IOException {
        return Files.readString(out.resolve("run.json"));
    }

    private List<String> found(String query) {
        Cli.Result r = attache("search", query, "--out", out.toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        return r.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).sorted().toList();
    }

    private long documentsInIndex() throws IOException {
        Cli.Result r = attache("stats", "--out", out.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        return ((Number) Json.read(r.out()).get("documents")).longValue();
    }

    @Test
    void reRunsAreIdempotent() throws IOException {
        assertEquals(0, run().exit());
        assertTrue(runJson().contains("\"documents_added\": 3"), runJson());
        for (int i = 0; i < 2; i++) {
            assertEquals(0, run().exit());
            assertEquals(3, documentsInIndex());
            assertTrue(runJson().contains("\"documents_unchanged\": 3"), runJson());
            assertTrue(runJson().contains("\"documents_analysed\": 0"), runJson());
        }
        assertEquals(List.of("alpha.txt"), found("cyber"));
        assertFalse(Files.exists(out.resolve("attache.xlsx")), "a workbook only when asked");
        assertEquals(0, attache("run", corpus.toString(), "--out", out.toString(), "--quiet", "--xlsx").exit());
        assertTrue(Files.size(out.resolve("attache.xlsx")) > 0);
    }

    @Test
    void damagedReportsAndCleanTextsAreRepairedByTheNextRun() throws IOException {
        assertEquals(0, run().exit());
        Path documents = out.resolve("documents.csv");
        Path mentions = out.resolve("mentions.csv");
        Path clean = new OutputLayout(out).cleanFile("beta.txt");
        String documentsBefore = Files.readString(documents);
        String mentionsBefore = Files.readString(mentions);
        String cleanBefore = Files.readString(clean);

        List<String> rows = Files.readAllLines(documents);
        Files.write(documents, rows.subList(0, rows.size() - 1)); // a row deleted
        assertEquals(0, run().exit());
        assertEquals(documentsBefore, Files.readString(documents));

        Files.writeString(mentions, ""); // emptied
        assertEquals(0, run().exit());
        assertEquals(mentionsBefore, Files.readString(mentions));

        // an edit of the same length (so only the content hash can tell), then a longer one
        Files.writeString(clean, cleanBefore.replace("Ransomware", "Xansomware"));
        assertEquals(0, run().exit());
        assertEquals(cleanBefore, Files.readString(clean));
        Files.writeString(clean, cleanBefore + " And an invented line.");
        assertEquals(0, run().exit());
        assertEquals(cleanBefore, Files.readString(clean));
        Files.delete(clean);
        assertEquals(0, run().exit());
        assertEquals(cleanBefore, Files.readString(clean));

        Files.writeString(clean, "edited by hand");
        Cli.Result report = attache("report", "--out", out.toString(), "--quiet");
        assertEquals(0, report.exit(), report.err());
        assertEquals(cleanBefore, Files.readString(clean), "report writes it again from the index");

        // a clean text touched but not changed is still taken as unchanged
        Files.setLastModifiedTime(clean, FileTime.fromMillis(1_000_000_000_000L));
        assertEquals(0, run().exit());
        assertTrue(runJson().contains("\"documents_analysed\": 0"), runJson());
        assertEquals(0, run().exit());
        assertTrue(runJson().contains("\"documents_unchanged\": 3"), runJson());
    }

    @Test
    void addedChangedAndRemovedFilesAreFollowed() throws IOException {
        assertEquals(0, run().exit());
        write("alpha.txt", "NATO allies discussed space policy in Madrid.\n\nThe summit ended with a declaration.");
        write("delta.txt", "A new cyber strategy was published by the ministry.");
        Files.delete(corpus.resolve("news/gamma.txt"));
        assertEquals(0, run().exit());
        String json = runJson();
        assertTrue(json.contains("\"documents_added\": 1"), json);
        assertTrue(json.contains("\"documents_updated\": 1"), json);
        assertTrue(json.contains("\"documents_unchanged\": 1"), json);
        assertTrue(json.contains("\"documents_removed\": 1"), json);
        assertEquals(3, documentsInIndex());
        assertEquals(List.of("delta.txt"), found("cyber"), "alpha's old text is gone, delta's is in");
        assertEquals(List.of("alpha.txt"), found("madrid"));
        assertEquals(List.of(), found("sanctions"), "gamma was removed");
        assertFalse(Files.readString(out.resolve("documents.csv")).contains("gamma"));
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefused() throws IOException {
        assertEquals(0, run().exit());
        try (RunLock held = RunLock.acquire(new OutputLayout(out).lockFile())) {
            Cli.Result r = run();
            assertEquals(ExitCodes.FAILED, r.exit());
            assertTrue(r.err().startsWith("attache: output folder"), r.err());
            assertTrue(r.err().contains("is in use by another attache run"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals(List.of("alpha.txt"), found("cyber"), "search works while a run holds the folder");
        }
        try (DocumentIndex held = DocumentIndex.open(new OutputLayout(out).index())) {
            // an unchanged corpus is checked against the saved copy of the index's versions, without the index
            assertEquals(0, run().exit(), "nothing to write");
            write("beta.txt", "Ransomware attacks on schools rose sharply last year.\n\nOfficials urged backups.");
            Cli.Result r = run();
            assertEquals(ExitCodes.FAILED, r.exit());
            assertTrue(r.err().contains("in use by another attache run"), r.err());
        }
        assertEquals(0, run().exit(), "free again once the other run is done");
    }

    /**
     * What a run killed half-way leaves: run.json marked incomplete, a changed file on disk, and segment
     * files of uncommitted work plus a stale write.lock in the index. We reproduce it by copying the
     * output folder while a writer holds flushed, uncommitted changes.
     */
    @Test
    void aRunKilledHalfWayIsRecoveredByTheNextRun() throws IOException {
        assertEquals(0, run().exit());
        write("beta.txt", "Ransomware attacks on schools rose sharply last year.\n\nOfficials urged backups.");
        Files.writeString(out.resolve("run.json"), Files.readString(out.resolve("run.json"))
                .replace("\"complete\": true", "\"complete\": false"));
        Path killed = tmp.resolve("killed");
        Path index = new OutputLayout(out).index();
        try (var dir = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.indexAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false)
                     // no background merge may write or delete files while the folder is copied
                     .setMergePolicy(NoMergePolicy.INSTANCE).setMergeScheduler(new SerialMergeScheduler()))) {
            var half = new Document();
            half.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT, Field.Store.NO));
            half.add(new Field(IndexSchema.BODY, "half written schools", IndexSchema.BODY_TYPE));
            writer.addDocument(half);
            writer.deleteDocuments(new Term(IndexSchema.GROUP, "alpha.txt"));
            writer.flush();
            copyTree(out, killed);
            writer.rollback();
        }
        out = killed;
        assertTrue(Files.exists(new OutputLayout(out).index().resolve("write.lock")));
        assertTrue(attache("stats", "--out", out.toString()).out().contains("not finished"));
        assertEquals(List.of("beta.txt"), found("hospitals"), "before recovery: the last committed index");
        assertEquals(List.of(), found("schools"), "uncommitted work is invisible");

        Cli.Result r = run();
        assertEquals(0, r.exit(), r.err());
        String json = runJson();
        assertTrue(json.contains("\"complete\": true"), json);
        assertTrue(json.contains("\"documents_updated\": 1"), json);
        assertTrue(json.contains("\"documents_unchanged\": 2"), json);
        assertEquals(3, documentsInIndex());
        assertEquals(List.of("beta.txt"), found("schools"));
        assertEquals(List.of("alpha.txt"), found("cyber"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
