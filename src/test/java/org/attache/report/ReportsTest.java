package org.attache.report;

import static org.attache.report.ReportFixtures.doc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attache.model.ActorType;
import org.attache.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports as files: spreadsheet safety, encodings, slices, escaping in report.html, determinism. */
class ReportsTest {

    static final List<String> CSV_FILES = List.of(ReportFiles.DOCUMENTS, ReportFiles.MENTIONS,
            ReportFiles.ACTOR_MENTIONS, ReportFiles.ACTORS, ReportFiles.QUOTES, ReportFiles.STATEMENTS);

    @TempDir
    Path tmp;

    /** A document whose title, publisher, actor, speaker, role and quotes all start like formulas. */
    static Analysis formulaDocument() {
        String text = "=Evil Corp said \"+1 more drone\" and \"-5 percent\" and \"@everyone listen\" "
                + "and \"=HYPERLINK(\"\"http://x\"\")\" today.";
        return doc("=cmd.txt", "=SUM(A1:A9)", "2022-01-05", "@Press Office", text)
                .actor("=Evil Corp", "=Evil Corp", ActorType.ORGANIZATION)
                .quote("+1 more drone", "-Minus Speaker", "=Role")
                .quote("-5 percent", "@handle", "+Role")
                .quote("@everyone listen", "=Evil Corp", "")
                .quote("=HYPERLINK(\"\"http://x\"\")", "\tTabbed", "\rReturn")
                .statement("=Evil Corp said", "+Speaker")
                .analysis();
    }

    @Test
    void formulaLikeCellsAreNeutralisedInEveryCsvAndReadBackIntact() throws IOException {
        Path index = tmp.resolve("index");
        ReportFixtures.index(index, List.of(formulaDocument()));
        Path out = tmp.resolve("out");
        ReportFixtures.report(index, ReportFilter.ALL, out, CsvStyle.DEFAULT);
        for (String file : CSV_FILES) {
            List<CSVRecord> rows = read(out.resolve(file), false);
            assertTrue(rows.size() >= 1, file + " has no data row");
            for (CSVRecord row : rows) {
                for (String cell : row) {
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                            file + ": cell a spreadsheet would evaluate: " + cell);
                }
            }
        }
        Map<String, CSVRecord> docs = byFirst(read(out.resolve(ReportFiles.DOCUMENTS), false));
        CSVRecord d = docs.get("'=cmd.txt");
        assertEquals("'=SUM(A1:A9)", d.get("title"));
        assertEquals("'@Press Office", d.get("publisher"));
        List<CSVRecord> quotes = read(out.resolve(ReportFiles.QUOTES), false);
        assertEquals(List.of("'+1 more drone", "'-5 percent", "'@everyone listen", "'=HYPERLINK(\"\"http://x\"\")"),
                quotes.stream().map(r -> r.get("quote")).toList());
        assertEquals(List.of("'-Minus Speaker", "'@handle", "'=Evil Corp", "'\tTabbed"),
                quotes.stream().map(r -> r.get("speaker")).toList());
        assertEquals("'\rReturn", quotes.get(3).get("speaker_role"));
        assertEquals("'=Evil Corp", byFirst(read(out.resolve(ReportFiles.ACTORS), false)).keySet().iterator().next());
        CSVRecord mention = read(out.resolve(ReportFiles.MENTIONS), false).get(0);
        assertEquals("'=Evil Corp", mention.get("text"));
        assertEquals("0", mention.get("start"));
        CSVRecord statement = read(out.resolve(ReportFiles.STATEMENTS), false).get(0);
        assertEquals("'+Speaker", statement.get("speaker"));
        assertEquals("'=Evil Corp said", statement.get("text"));
    }

    @Test
    void numericColumnsStayNumericAndUnquoted() throws IOException {
        Path index = tmp.resolve("index");
        ReportFixtures.index(index, ReportFixtures.corpus());
        Path out = tmp.resolve("out");
        ReportFixtures.report(index, ReportFilter.ALL, out, CsvStyle.DEFAULT);
        Map<String, List<String>> numeric = Map.of(
                ReportFiles.DOCUMENTS, List.of("words", "actors", "mentions", "quotes", "statements"),
                ReportFiles.MENTIONS, List.of("start", "end", "confidence"),
                ReportFiles.ACTOR_MENTIONS, List.of("mentions"),
                ReportFiles.ACTORS, List.of("documents", "mentions"),
                ReportFiles.QUOTES, List.of("start", "end", "confidence"));
        for (var e : numeric.entrySet()) {
            String raw = Files.readString(out.resolve(e.getKey()));
            List<CSVRecord> rows = read(out.resolve(e.getKey()), false);
            assertFalse(rows.isEmpty(), e.getKey());
            for (CSVRecord row : rows) {
                for (String column : e.getValue()) {
                    String cell = row.get(column);
                    assertTrue(cell.matches("\\d+(\\.\\d{3})?"), e.getKey() + "." + column + " not a number: " + cell);
                }
            }
            assertFalse(raw.contains("\"0") || raw.contains("'0") || raw.contains("'1"), e.getKey());
        }
        CSVRecord nato = byFirst(read(out.resolve(ReportFiles.ACTORS), false)).get("NATO");
        assertEquals(List.of("NATO", "ORGANIZATION", "3", "7", "2021-06-14", "2024-07-10"), nato.toList());
        assertFalse(Files.readString(out.resolve(ReportFiles.ACTORS)).contains("Brussels"),
                "places are not actors");
    }

    @Test
    void nonAsciiTitleRoundTripsThroughExcelStyle() throws IOException {
        String title = "Sécurité européenne — Zürich, Kraków, Ελλάδα, 北约 \"峰会\" 🛰️";
        Path index = tmp.resolve("index");
        ReportFixtures.index(index, List.of(doc("eu/note.txt", title, "2023-05-04", "Union: NATO and Ukraine.")
                .actor("NATO", "NATO", ActorType.ORGANIZATION).analysis()));
        Path excel = tmp.resolve("excel");
        ReportFixtures.report(index, ReportFilter.ALL, excel, CsvStyle.EXCEL);
        for (String file : CSV_FILES) {
            byte[] bytes = Files.readAllBytes(excel.resolve(file));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), file);
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\r\n"), file);
            assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, file + " has a bare LF");
        }
        CSVRecord row = read(excel.resolve(ReportFiles.DOCUMENTS), true).get(0);
        assertEquals(title, row.get("title"));
        assertEquals("eu/note.txt", row.get("document"));

        Path plain = tmp.resolve("plain");
        ReportFixtures.report(index, ReportFilter.ALL, plain, CsvStyle.DEFAULT);
        byte[] bytes = Files.readAllBytes(plain.resolve(ReportFiles.DOCUMENTS));
        assertEquals('d', bytes[0], "no BOM by default");
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("\r"));
        assertEquals(title, read(plain.resolve(ReportFiles.DOCUMENTS), false).get(0).get("title"));
    }

    @Test
    void aFilteredReportCoversExactlyTheMatchingDocuments() throws IOException {
        Path index = tmp.resolve("index");
        ReportFixtures.index(index, ReportFixtures.corpus());
        assertEquals(List.of("nato/2022-06-29-madrid.txt", "uk/2023-03-01-cyber.txt"),
                documents(index, new ReportFilter("cyber", List.of(), Optional.empty(), Optional.empty())));
        assertEquals(List.of("nato/2021-06-14-communique.txt", "nato/2022-06-29-madrid.txt",
                        "us/2024-07-10-washington.txt"),
                documents(index, new ReportFilter("", List.of("russia"), Optional.empty(), Optional.empty())));
        assertEquals(List.of("nato/2022-06-29-madrid.txt"),
                documents(index, new ReportFilter("", List.of("Russia", "China"), Optional.empty(), Optional.empty())));
        assertEquals(List.of("nato/2022-06-29-madrid.txt", "uk/2023-03-01-cyber.txt"),
                documents(index, new ReportFilter("", List.of(), Optional.of(ReportFilter.startOf("2022")),
                        Optional.of(ReportFilter.endOf("2023-03")))));
        assertEquals(List.of("us/2024-07-10-washington.txt"),
                documents(index, new ReportFilter("title:washington OR Stoltenberg", List.of("NATO"),
                        Optional.of(ReportFilter.startOf("2022-01-01")), Optional.empty())));
        assertEquals(List.of(), documents(index, new ReportFilter("", List.of("Atlantis"), Optional.empty(),
                Optional.empty())));

        Path out = tmp.resolve("russia");
        CsvReport.Totals t = ReportFixtures.report(index, new ReportFilter("", List.of("Russia"), Optional.empty(),
                Optional.empty()), out, CsvStyle.DEFAULT);
        assertEquals(3, t.documents());
        for (String file : List.of(ReportFiles.MENTIONS, ReportFiles.ACTOR_MENTIONS, ReportFiles.QUOTES)) {
            for (CSVRecord r : read(out.resolve(file), false)) {
                assertTrue(r.get(0).startsWith("nato/") || r.get(0).startsWith("us/"), file + ": " + r);
            }
        }
        assertEquals(List.of("We stand united,", "NATO is stronger than ever,"),
                read(out.resolve(ReportFiles.QUOTES), false).stream().map(r -> r.get("quote")).toList());
        CSVRecord russia = byFirst(read(out.resolve(ReportFiles.ACTORS), false)).get("Russia");
        assertEquals("3", russia.get("documents"));
        String html = Files.readString(out.resolve(ReportFiles.REPORT_HTML));
        assertTrue(html.contains("documents matching actor Russia"), "the page says what it covers");
        assertFalse(html.contains("uk/2023-03-01-cyber.txt"));
    }

    @Test
    void reportHtmlEscapesEveryPieceOfDocumentText() throws IOException {
        String evil = "<script>alert('x&y')</script>";
        String text = "Acme & Sons <b>said</b> \"" + evil + " & more\" in <i>Brussels</i>.";
        Analysis a = doc("evil/<img src=x onerror=alert(1)>.html", "Title " + evil + " & Co", "2024-02-02",
                "<Publisher> & Co", text)
                .actor("Acme & Sons", "Acme & Sons <b>", ActorType.ORGANIZATION)
                .quote(evil + " & more", "<script>Speaker</script>", "Role & <em>")
                .analysis();
        Path index = tmp.resolve("index");
        ReportFixtures.index(index, List.of(a));
        Path out = tmp.resolve("out");
        ReportFixtures.report(index, ReportFilter.ALL, out, CsvStyle.DEFAULT);
        String html = Files.readString(out.resolve(ReportFiles.REPORT_HTML));
        assertFalse(html.toLowerCase().contains("<script"), "a script tag got through");
        assertFalse(html.contains("<img"), "an img tag got through");
        assertFalse(html.contains("<b>") || html.contains("<i>") || html.contains("<em>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt; &amp; more"), "quote shown as text");
        assertTrue(html.contains("Title &lt;script&gt;"), "title shown as text");
        assertTrue(html.contains("Acme &amp; Sons &lt;b&gt;"), "actor shown as text");
        Matcher amp = Pattern.compile("&(?!(amp|lt|gt|quot|#39);)").matcher(html);
        assertFalse(amp.find(), () -> "bare & at " + html.substring(Math.max(0, amp.start() - 40), amp.start() + 40));
        assertSelfContained(html);
    }

    @Test
    void sameIndexContentGivesByteIdenticalReportsWhateverTheInsertionOrder() throws IOException {
        List<Analysis> corpus = new ArrayList<>(ReportFixtures.corpus());
        corpus.add(formulaDocument());
        Path first = tmp.resolve("i1");
        ReportFixtures.index(first, corpus);
        List<Analysis> reversed = new ArrayList<>(corpus);
        Collections.reverse(reversed);
        Path second = tmp.resolve("i2");
        ReportFixtures.index(second, reversed);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        ReportFixtures.report(first, ReportFilter.ALL, a, CsvStyle.DEFAULT);
        ReportFixtures.report(second, ReportFilter.ALL, b, CsvStyle.DEFAULT);
        ReportFixtures.report(first, ReportFilter.ALL, c, CsvStyle.DEFAULT);
        List<String> files = new ArrayList<>(CSV_FILES);
        files.add(ReportFiles.REPORT_HTML);
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(c.resolve(f)), f);
        }
        try (Stream<Path> left = Files.list(a)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "temporary files left behind");
        }
    }

    @Test
    void reportHtmlShowsTheChartsAndTables() throws IOException {
        Path index = tmp.resolve("index");
        ReportFixtures.index(index, ReportFixtures.corpus());
        Path out = tmp.resolve("out");
        ReportFixtures.report(index, ReportFilter.ALL, out, CsvStyle.DEFAULT);
        String html = Files.readString(out.resolve(ReportFiles.REPORT_HTML));
        assertEquals(4, count(html, "<svg "), "actors, timeline, heat map, speakers");
        assertTrue(html.contains("Top 8 actors by number of mentions"), html);
        assertTrue(html.contains("Mentions per month of the 6 most mentioned actors"));
        assertTrue(html.contains("Most quoted speakers"));
        assertTrue(html.contains("Mentions of the 8 leading actors, document by document"));
        assertTrue(html.contains("<title>Joe Biden: 1 quotations</title>"), "speaker bars have tooltips");
        assertTrue(html.contains("1 quotations without a known speaker are not shown"));
        assertTrue(html.contains("1 of 5 documents have no date"));
        assertTrue(html.contains("All 5 documents (in id order)."));
        assertTrue(html.contains("\u201cNATO is stronger than ever,\u201d"));
        assertFalse(html.contains("Brussels</text>"), "places are not charted as actors");
        assertSelfContained(html);
    }

    @Test
    void tablesAreCappedAndSaySo() throws IOException {
        List<Analysis> many = new ArrayList<>();
        for (int i = 0; i < Reports.TABLE_CAP + 3; i++) {
            many.add(doc(String.format("d/%04d.txt", i), "Doc " + i, "2020-01-01", "NATO met " + i + ".")
                    .actor("NATO", "NATO", ActorType.ORGANIZATION).analysis());
        }
        Path index = tmp.resolve("index");
        ReportFixtures.index(index, many);
        Path out = tmp.resolve("out");
        ReportFixtures.report(index, ReportFilter.ALL, out, CsvStyle.DEFAULT);
        String html = Files.readString(out.resolve(ReportFiles.REPORT_HTML));
        assertTrue(html.contains("Showing the first 500 of 503 documents (in id order); documents.csv has them all."));
        assertTrue(html.contains("d/0499.txt") && !html.contains("d/0500.txt"));
        assertTrue(html.contains("the 40 of 503 documents that mention them most"));
        assertEquals(Reports.TABLE_CAP + 3, read(out.resolve(ReportFiles.DOCUMENTS), false).size());
    }

    @Test
    void anEmptySliceStillWritesHeadersAndAPage() throws IOException {
        Path index = tmp.resolve("index");
        ReportFixtures.index(index, ReportFixtures.corpus());
        Path out = tmp.resolve("none");
        CsvReport.Totals t = ReportFixtures.report(index, new ReportFilter("zeppelin", List.of(), Optional.empty(),
                Optional.empty()), out, CsvStyle.DEFAULT);
        assertEquals(0, t.documents());
        assertEquals("document,title,date,publisher,words,format,actors,mentions,quotes,statements,language,"
                        + "duplicate_of\n",
                Files.readString(out.resolve(ReportFiles.DOCUMENTS)));
        String html = Files.readString(out.resolve(ReportFiles.REPORT_HTML));
        assertTrue(html.contains("No actors were found in these documents."));
        assertTrue(html.contains("No documents match."));
    }

    /** Only our own tags, no scripts, no links, nothing loaded from elsewhere. */
    static void assertSelfContained(String html) {
        String lower = html.toLowerCase();
        Set<String> allowed = Set.of("!doctype", "html", "head", "meta", "title", "style",
                "body", "main", "h1", "h2", "p", "div", "span", "strong", "figure", "figcaption", "svg", "text",
                "rect", "line", "polyline", "circle", "table", "thead", "tbody", "tr", "th", "td");
        Matcher tag = Pattern.compile("</?([!a-z0-9]+)").matcher(lower);
        while (tag.find()) {
            assertTrue(allowed.contains(tag.group(1)), "unexpected tag <" + tag.group(1));
        }
        for (String external : List.of("src=\"", "href=\"", "@import", "url(")) {
            assertFalse(lower.contains(external), "external content: " + external);
        }
        assertEquals(count(lower, "http"), count(lower, "xmlns=\"http://www.w3.org/2000/svg\""),
                "the only URL is the SVG namespace");
    }

    static int count(String s, String part) {
        int n = 0;
        for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    static List<String> documents(Path index, ReportFilter filter) throws IOException {
        Path out = Files.createTempDirectory(index.getParent(), "slice");
        ReportFixtures.report(index, filter, out, CsvStyle.DEFAULT);
        return read(out.resolve(ReportFiles.DOCUMENTS), false).stream().map(r -> r.get(0)).toList();
    }

    /** The data records, read by header; {@code bom}: the file must start with one, which is skipped. */
    static List<CSVRecord> read(Path file, boolean bom) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (bom) {
            assertEquals('\uFEFF', text.charAt(0));
            text = text.substring(1);
        }
        try (Reader r = new StringReader(text)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(false).get().parse(r);
            return parser.getRecords();
        }
    }

    static Map<String, CSVRecord> byFirst(List<CSVRecord> rows) {
        Map<String, CSVRecord> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.get(0), r));
        return out;
    }
}
