package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the CLI on a small fixture corpus and checks the output contract, determinism and exit codes. */
class RunCommandEndToEndTest {

    static Path corpus;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findCorpus() throws URISyntaxException {
        corpus = Path.of(RunCommandEndToEndTest.class.getResource("/e2e-corpus").toURI());
    }

    static Cli.Result attache(String... args) {
        return Cli.attache(args);
    }

    @Test
    void writesEveryContractFileWithItsColumns() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Result r = attache("run", corpus.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertHeader(out, "documents.csv", "document,title,date,publisher,words");
        assertHeader(out, "actor_mentions.csv", "document,actor,actor_type,mentions");
        assertHeader(out, "actors.csv", "actor,actor_type,documents,mentions");
        assertHeader(out, "mentions.csv", "document,start,end,text,actor,actor_type");
        assertHeader(out, "quotes.csv", "document,quote,speaker,speaker_role,cue,start,end");
        assertHeader(out, "statements.csv", "document,speaker,speaker_role,text,start,end");
        assertHeader(out, "errors.csv", "document,reason");
        for (String id : List.of("news/alliance-statement.txt", "briefing.md", "page.html")) {
            assertTrue(Files.isRegularFile(out.resolve("clean/" + id + ".txt")), id);
            assertTrue(read(out, "documents.csv").contains(id + ","), id);
        }
        String errors = read(out, "errors.csv");
        assertTrue(errors.contains("empty.txt,empty file"), errors);
        assertTrue(errors.contains("blob.html,\"binary content"), errors);
        assertTrue(errors.contains(".hidden-notes.txt,skipped: hidden file"), errors);
        String run = read(out, "run.json");
        assertTrue(run.contains("\"complete\": true"), run);
        assertTrue(run.contains("\"documents\": 3"), run);
        assertTrue(run.contains("\"rejected\": 2"), run);
        assertTrue(Files.isDirectory(out.resolve("index")));
    }

    @Test
    void sameCorpusGivesByteIdenticalFilesWhateverTheThreads() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, attache("run", corpus.toString(), "--out", a.toString(), "--quiet", "--threads", "1").exit());
        assertEquals(0, attache("run", corpus.toString(), "--out", b.toString(), "--quiet", "--threads", "2").exit());
        List<Path> files = contractFiles(a);
        assertTrue(files.size() >= 10, files.toString());
        for (Path rel : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(rel)), Files.readAllBytes(b.resolve(rel)), rel.toString());
        }
    }

    @Test
    void rerunSkipsUnchangedDocumentsAndKeepsOutputs() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, attache("run", corpus.toString(), "--out", out.toString(), "--quiet").exit());
        byte[] documents = Files.readAllBytes(out.resolve("documents.csv"));
        assertEquals(0, attache("run", corpus.toString(), "--out", out.toString(), "--quiet").exit());
        assertArrayEquals(documents, Files.readAllBytes(out.resolve("documents.csv")));
        String run = read(out, "run.json");
        assertTrue(run.contains("\"documents_unchanged\": 3"), run);
        assertTrue(run.contains("\"documents_analysed\": 0"), run);
    }

    @Test
    void strictExitsThreeWhenInputsWereRejected() {
        Cli.Result r = attache("run", corpus.toString(), "--out", tmp.resolve("o").toString(), "--quiet", "--strict");
        assertEquals(ExitCodes.REJECTED_INPUTS, r.exit());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Cli.Result unknown = attache("run", "--no-such-option");
        assertEquals(ExitCodes.USAGE, unknown.exit());
        Cli.Result missing = attache("run", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("o").toString());
        assertEquals(ExitCodes.USAGE, missing.exit());
        assertTrue(missing.err().startsWith("attache: input not found"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
    }

    @Test
    void helpAndVersionWork() {
        Cli.Result help = attache("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("run"), help.out());
        Cli.Result runHelp = attache("run", "--help");
        assertTrue(runHelp.out().contains("--threads"), runHelp.out());
        assertEquals(0, attache("--version").exit());
    }

    private static List<Path> contractFiles(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile)
                    .map(out::relativize)
                    .filter(p -> p.toString().endsWith(".csv") || p.startsWith("clean"))
                    .sorted()
                    .toList();
        }
    }

    private static void assertHeader(Path out, String file, String requiredPrefixColumns) throws IOException {
        String header = read(out, file).lines().findFirst().orElse("");
        for (String column : requiredPrefixColumns.split(",")) {
            assertTrue(List.of(header.split(",")).contains(column), file + " lacks column " + column + ": " + header);
        }
    }

    private static String read(Path out, String file) throws IOException {
        return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    }
}
