package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.attache.pipeline.OutputLayout;
import org.attache.pipeline.RunLock;
import org.attache.report.ReportFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache report} over an index built from hand-made analyses. */
class ReportCommandTest {

    @TempDir
    Path tmp;

    Path out;

    static Cli.Result attache(String... args) {
        return Cli.attache(args);
    }

    @BeforeEach
    void buildIndex() throws IOException {
        out = tmp.resolve("output");
        ReportFixtures.index(out.resolve("index"), ReportFixtures.corpus());
    }

    @Test
    void wholeCorpusReportGoesToTheOutputFolder() throws IOException {
        Cli.Result r = attache("report", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().startsWith("Report on all documents: 5 documents"), r.err());
        assertEquals(6, Files.readAllLines(out.resolve("documents.csv")).size());
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertTrue(Files.isRegularFile(out.resolve("actors.csv")));
    }

    @Test
    void queryActorAndDatesSelectExactlyTheMatchingDocuments() throws IOException {
        Path dest = tmp.resolve("slice");
        Cli.Result r = attache("report", "--out", out.toString(), "--query", "summit", "--actor", "russia",
                "--since", "2022", "--until", "2024-12", "--dest", dest.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of("nato/2022-06-29-madrid.txt", "us/2024-07-10-washington.txt"), ids(dest));
        assertFalse(Files.exists(out.resolve("documents.csv")), "the whole-corpus reports are untouched");
        String html = Files.readString(dest.resolve("report.html"));
        assertTrue(html.contains("documents matching query \u201csummit\u201d \u00b7 actor russia \u00b7 from 2022-01-01 "
                + "\u00b7 until 2024-12-31"), "the page says what it covers");
    }

    @Test
    void aFilteredReportWithoutDestGetsItsOwnFolder() throws IOException {
        Cli.Result r = attache("report", "--out", out.toString(), "--query", "cyber");
        assertEquals(0, r.exit(), r.err());
        Path slice = out.resolve("reports").resolve("query-cyber");
        assertEquals(List.of("nato/2022-06-29-madrid.txt", "uk/2023-03-01-cyber.txt"), ids(slice));
        assertTrue(r.err().contains(slice.toString()), "says where: " + r.err());
    }

    @Test
    void excelStyleHasBomAndCrlf() throws IOException {
        Path dest = tmp.resolve("excel");
        assertEquals(0, attache("report", "--out", out.toString(), "--dest", dest.toString(), "--excel",
                "--quiet").exit());
        byte[] bytes = Files.readAllBytes(dest.resolve("documents.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("words,format,actors,mentions,quotes,statements,language,duplicate_of\r\n"));
    }

    @Test
    void sameIndexGivesByteIdenticalReports() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, attache("report", "--out", out.toString(), "--dest", a.toString(), "--quiet").exit());
        assertEquals(0, attache("report", "--out", out.toString(), "--dest", b.toString(), "--quiet").exit());
        for (String f : List.of("documents.csv", "mentions.csv", "actor_mentions.csv", "actors.csv", "quotes.csv",
                "statements.csv", "report.html")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Cli.Result noIndex = attache("report", "--out", tmp.resolve("nothing").toString());
        assertEquals(ExitCodes.USAGE, noIndex.exit());
        assertTrue(noIndex.err().startsWith("attache: no index in "), noIndex.err());
        assertFalse(Files.exists(tmp.resolve("nothing")), "no lock file or folder made where there is no index");
        Cli.Result badDate = attache("report", "--out", out.toString(), "--since", "last week");
        assertEquals(ExitCodes.USAGE, badDate.exit());
        assertTrue(badDate.err().contains("got 'last week'"), badDate.err());
        Cli.Result badQuery = attache("report", "--out", out.toString(), "--query", "title:(nato");
        assertEquals(ExitCodes.USAGE, badQuery.exit());
        assertEquals(1, badQuery.err().strip().lines().count(), badQuery.err());
        Cli.Result backwards = attache("report", "--out", out.toString(), "--since", "2024", "--until", "2021");
        assertEquals(ExitCodes.USAGE, backwards.exit());
        assertEquals(ExitCodes.USAGE, attache("report", "--no-such-option").exit());
    }

    @Test
    void xlsxWritesOneWorkbookBesideTheCsvFiles() throws IOException {
        Path dest = tmp.resolve("slice");
        Cli.Result r = attache("report", "--out", out.toString(), "--query", "summit", "--dest", dest.toString(), "--xlsx");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("attache.xlsx"), r.err());
        byte[] first = Files.readAllBytes(dest.resolve("attache.xlsx"));
        assertEquals('P', first[0], "a zip file");
        assertEquals(0, attache("report", "--out", out.toString(), "--query", "summit", "--dest", dest.toString(), "--xlsx")
                .exit());
        assertArrayEquals(first, Files.readAllBytes(dest.resolve("attache.xlsx")), "the same index gives the same bytes");
        assertFalse(Files.exists(out.resolve("attache.xlsx")), "only where the reports went");
    }

    @Test
    void aDestThroughALinkToAFolderInUseIsRefused() throws IOException {
        Path other = tmp.resolve("other-run");
        Files.createDirectories(other);
        Path linkToOut = Files.createSymbolicLink(tmp.resolve("link-to-out"), out);
        Path linkToOther = Files.createSymbolicLink(tmp.resolve("link-to-other"), other);
        try (RunLock outHeld = RunLock.acquire(new OutputLayout(out).lockFile());
             RunLock otherHeld = RunLock.acquire(new OutputLayout(other).lockFile())) {
            for (Path dest : List.of(linkToOut, linkToOut.resolve("slice"), linkToOther, linkToOther.resolve("a/b"))) {
                Cli.Result r = attache("report", "--out", out.toString(), "--query", "summit", "--dest", dest.toString());
                assertEquals(ExitCodes.FAILED, r.exit(), dest + ": " + r.err());
                assertTrue(r.err().contains("is in use by another attache run"), r.err());
            }
        }
        assertEquals(0, attache("report", "--out", out.toString(), "--dest", linkToOut.resolve("slice").toString()).exit());
        assertTrue(Files.isRegularFile(out.resolve("slice/documents.csv")));
    }

    @Test
    void helpListsTheFilters() {
        Cli.Result help = attache("report", "--help");
        assertEquals(0, help.exit());
        for (String option : List.of("--query", "--actor", "--since", "--until", "--dest", "--excel")) {
            assertTrue(help.out().contains(option), option);
        }
        assertTrue(attache("--help").out().contains("report"));
    }

    private static List<String> ids(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("documents.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList();
    }
}
