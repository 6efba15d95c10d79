package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attache.cli.Cli;
import org.attache.cli.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run over a corpus of every kind of messy input a scraper leaves behind: each file must end up
 * in documents.csv or errors.csv with the expected one-line reason, and the analysed ones must give
 * the right clean text.
 */
class MessyInputTest {

    private static final String PARAGRAPH = "NATO defence ministers met in Brussels on Thursday to discuss "
            + "support for Ukraine and the defence of Allied territory.";
    private static final String SECOND = "The Secretary General said that Allies would increase their "
            + "investment in air and missile defence over the coming years.";
    private static final long MAX_BYTES = 300_000;

    @TempDir
    static Path tmp;

    static Path corpus;
    static Path out;
    static Cli.Result run;
    static Map<String, String> documents;
    static Map<String, String> errors;
    static boolean fifo;


    @BeforeAll
    static void runOverMessyCorpus() throws IOException {
        corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        writeCorpus(corpus);
        out = tmp.resolve("out");
        run = attache("run", corpus.toString(), "--out", out.toString(), "--quiet", "--threads", "2",
                "--max-bytes", Long.toString(MAX_BYTES));
        documents = firstTwoColumns(out.resolve("documents.csv"));
        errors = firstTwoColumns(out.resolve("errors.csv"));
    }

    private static void writeCorpus(Path c) throws IOException {
        Files.write(c.resolve("empty.txt"), new byte[0]);
        byte[] blob = new byte[4096];
        new Random(7).nextBytes(blob);
        blob[0] = (byte) 0x89; // a PNG header, then noise
        blob[1] = 'P';
        blob[2] = 'N';
        blob[3] = 'G';
        Files.write(c.resolve("blob.html"), blob);
        // invalid UTF-8 that is not Windows-1252 either (0x81 and 0x8D are unassigned there)
        Files.write(c.resolve("invalid-utf8.txt"), concat(ascii("Defence ministers agreed "),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0x81, (byte) 0x8D},
                ascii(" on new targets after a long meeting in Brussels on Thursday.\n\n" + PARAGRAPH + "\n")));
        String utf16 = "Déclaration commune\n\n" + PARAGRAPH + " Über «Europa» — ça va.\n\n" + SECOND + "\n";
        Files.write(c.resolve("utf16-le.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                utf16.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(c.resolve("utf16-be.txt"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                utf16.getBytes(StandardCharsets.UTF_16BE)));
        Files.write(c.resolve("windows-1252.txt"), ("Minister’s statement\n\n"
                + "The minister said: “We stand with our Allies” at the café in Liège, and the "
                + "Allies’ résolution was adopted.\n\n" + SECOND + "\n").getBytes(Charset.forName("windows-1252")));
        Files.writeString(c.resolve("too-big.txt"), (PARAGRAPH + "\n\n").repeat((int) (MAX_BYTES / 100)));
        Files.writeString(c.resolve("nested.html"), "<html><body>" + "<div>".repeat(20_000)
                + "<p>" + PARAGRAPH + "</p><p>" + SECOND + "</p>" + "</div>".repeat(20_000) + "</body></html>");
        Files.writeString(c.resolve("nul-bytes.txt"), "Ministers met\u0000 in Brussels\n\n"
                + PARAGRAPH.replace("Brussels", "Bru\u0000ssels") + "\u0000\n\n" + SECOND + "\n");
        Files.writeString(c.resolve("script-only.html"), "<html><head><script>var x = '<p>"
                + PARAGRAPH + "</p>';</script></head><body><script>document.write(x)</script></body></html>");
        Files.writeString(c.resolve("Déclaration de l'OTAN 2024.txt"), "Déclaration de l'OTAN\n\n" + PARAGRAPH
                + "\n\n" + SECOND + "\n");
        Files.writeString(c.resolve("Заявление 声明.txt"), PARAGRAPH + "\n\n" + SECOND + "\n");
        Path sub = Files.createDirectories(c.resolve("sub"));
        Files.writeString(sub.resolve("a..b.txt"), PARAGRAPH + "\n");
        Files.writeString(sub.resolve("what?.txt"), PARAGRAPH + "\n");
        Files.writeString(sub.resolve("what*.txt"), SECOND + "\n");
        Files.writeString(sub.resolve("pipe|colon:back\\slash.txt"), PARAGRAPH + "\n");
        Files.writeString(sub.resolve("x".repeat(245) + ".txt"), PARAGRAPH + "\n");
        Files.createSymbolicLink(sub.resolve("loop"), sub);
        Files.createSymbolicLink(c.resolve("dangling.txt"), c.resolve("no-such-target.txt"));
        Files.writeString(c.resolve(".hidden.txt"), PARAGRAPH + "\n");
        Files.writeString(c.resolve("..notes.txt"), PARAGRAPH + "\n");
        Files.createDirectories(c.resolve(".git")).resolve("config").toFile().createNewFile();
        Files.write(c.resolve("logo.png"), blob);
        fifo = mkfifo(c.resolve("pipe.txt"));
        Files.writeString(c.resolve("good.txt"), "Allies agree\n\n" + PARAGRAPH + "\n\n" + SECOND + "\n");
    }

    @Test
    void exitCodeIsZeroAndNothingIsPrintedWhenQuiet() {
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void everyFileIsAccountedForExactlyOnce() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(corpus)) {
            walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> CorpusScan.id(corpus, p))
                    .filter(id -> !id.startsWith(".git/"))
                    .forEach(files::add);
        }
        files.add(".git/"); // a hidden folder is listed once, not file by file
        Set<String> both = new HashSet<>(documents.keySet());
        both.retainAll(errors.keySet());
        both.removeIf(id -> errors.get(id).startsWith("note: ")); // analysed in part, and saying so
        assertEquals(Set.of(), both, "listed both as analysed and as rejected");
        Set<String> listed = new TreeSet<>(documents.keySet());
        listed.addAll(errors.keySet());
        assertEquals(files, listed);
    }

    @Test
    void eachRejectionHasItsOneLineReason() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("empty.txt", "empty file");
        expected.put("blob.html", "binary content");
        expected.put("too-big.txt", "over the limit of " + MAX_BYTES);
        expected.put("script-only.html", "no main text found");
        expected.put("sub/loop", "symbolic link loop");
        expected.put("dangling.txt", "broken symbolic link");
        expected.put(".hidden.txt", "skipped: hidden file");
        expected.put("..notes.txt", "skipped: hidden file");
        expected.put(".git/", "skipped: hidden folder");
        expected.put("logo.png", "skipped: not a document (.png)");
        if (fifo) {
            expected.put("pipe.txt", "not a regular file");
        }
        expected.forEach((id, reason) -> {
            String actual = errors.get(id);
            assertTrue(actual != null && actual.contains(reason), id + ": expected '" + reason + "', got " + actual);
        });
        assertEquals(expected.keySet(), errors.keySet(), "only these inputs are rejected");
        errors.values().forEach(r -> assertFalse(r.contains("\n") || r.contains("\r"), r));
    }

    @Test
    void windows1252CurlyQuotesAndAccentsDecode() throws IOException {
        String text = clean("windows-1252.txt");
        assertTrue(text.contains("“We stand with our Allies”"), text);
        assertTrue(text.contains("café in Liège"), text);
        assertTrue(text.contains("Allies’ résolution"), text);
        assertFalse(text.contains("\uFFFD"), text);
    }

    @Test
    void utf16WithByteOrderMarkDecodesBothWays() throws IOException {
        for (String id : List.of("utf16-le.txt", "utf16-be.txt")) {
            String text = clean(id);
            assertTrue(text.contains(PARAGRAPH + " Über «Europa» — ça va."), id + ": " + text);
            assertTrue(text.contains(SECOND), id + ": " + text);
            assertFalse(text.contains("\u0000") || text.contains("\uFEFF"), id);
        }
    }

    @Test
    void invalidUtf8KeepsTheTextAroundReplacementCharacters() throws IOException {
        String text = clean("invalid-utf8.txt");
        assertTrue(text.contains(PARAGRAPH), text);
        assertTrue(text.contains("Defence ministers agreed"), text);
        assertTrue(text.contains("on new targets after a long meeting"), text);
        assertTrue(text.contains("\uFFFD"), "bytes that no encoding explains become replacement characters");
    }

    @Test
    void nulBytesAreRemoved() throws IOException {
        String text = clean("nul-bytes.txt");
        assertFalse(text.contains("\u0000"), text);
        assertTrue(text.contains(PARAGRAPH), text);
    }

    @Test
    void aParagraphInsideTwentyThousandDivsSurvives() throws IOException {
        String text = clean("nested.html");
        assertTrue(text.contains(PARAGRAPH), text);
        assertTrue(text.contains(SECOND), text);
    }

    @Test
    void oddNamesAreAnalysedUnderTheirOwnIds() throws IOException {
        for (String id : List.of("Déclaration de l'OTAN 2024.txt", "Заявление 声明.txt", "sub/a..b.txt",
                "sub/pipe|colon:back\\slash.txt", "sub/" + "x".repeat(245) + ".txt", "good.txt")) {
            assertTrue(documents.containsKey(id), id + " missing from " + documents.keySet());
            assertTrue(clean(id).contains(PARAGRAPH), id);
        }
        // names that differ only in a character some file systems refuse must not share a clean file
        assertEquals(PARAGRAPH, clean("sub/what?.txt"));
        assertEquals(SECOND, clean("sub/what*.txt"));
    }

    @Test
    void cleanFilesStayInsideTheCleanFolder() throws IOException {
        Path clean = out.resolve("clean").toRealPath();
        try (Stream<Path> walk = Files.walk(out)) {
            List<Path> texts = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .toList();
            assertEquals(documents.size(), texts.size(), texts.toString());
            for (Path p : texts) {
                assertTrue(p.toRealPath().startsWith(clean), p.toString());
            }
        }
        OutputLayout layout = new OutputLayout(out);
        for (String id : List.of("../../etc/passwd", "/etc/passwd", "a/../../b", "..", "C:\\x", "a\u0000b")) {
            assertTrue(layout.cleanFile(id).normalize().startsWith(out.resolve("clean").normalize()), id);
        }
    }

    @Test
    void strictExitsThree() {
        Path strictOut = tmp.resolve("strict-out");
        Cli.Result strict = attache("run", corpus.resolve("empty.txt").toString(), corpus.resolve("good.txt").toString(),
                "--out", strictOut.toString(), "--quiet", "--strict");
        assertEquals(ExitCodes.REJECTED_INPUTS, strict.exit(), strict.err());
    }

    private static String clean(String id) throws IOException {
        return Files.readString(new OutputLayout(out).cleanFile(id), StandardCharsets.UTF_8);
    }

    static Cli.Result attache(String... args) {
        return Cli.attache(args);
    }

    /** document → second column of a CSV with a header, parsed as RFC 4180 (ids may hold commas or quotes). */
    private static Map<String, String> firstTwoColumns(Path csv) throws IOException {
        Map<String, String> rows = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setSkipHeaderRecord(true).setHeader().build().parse(r)) {
                String id = rec.get(0).startsWith("'") ? rec.get(0).substring(1) : rec.get(0);
                assertTrue(rows.put(id, rec.get(1)) == null, "listed twice: " + id);
            }
        }
        return rows;
    }

    /** A named pipe: reading it would block forever, so it must be skipped, not opened. */
    private static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
