package org.attache.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.attache.cli.Cli;
import org.attache.index.IndexBrowser;
import org.attache.index.SampleAnalyses;
import org.attache.ingest.PdfFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run over an invented corpus, then the workbench over its index: a document's source file
 * (served by id only, as text or as a PDF download, 404 once gone) and the report set of a slice,
 * which must hold exactly what {@code attache report} writes for the same slice.
 */
class WebServerSourceAndReportTest {

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path out;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String HARBOUR = "Harbour patrols\n\nNATO ships patrolled the northern harbour on Monday. "
            + "Russia protested the patrols, and the harbour council asked both sides for calm.\n\n"
            + "The council will meet again next week about the ferry timetable and the patrols.\n";
    static final String FERRY_PAGE = "<!DOCTYPE html><html><head><title>Ferry talks</title>"
            + "<meta property=\"article:published_time\" content=\"2023-03-07\">"
            + "<script>document.title='ran'</script></head><body><article><h1>Ferry talks</h1>"
            + "<p>NATO and the port authority talked about the ferry routes on Tuesday. The ferry company "
            + "said the routes stay open through the winter.</p><p>Russia was not invited to the talks "
            + "about the ferry routes, the port authority said.</p></article></body></html>";
    static final String CAFE = "Caf\u00e9 meeting\n\nThe caf\u00e9 owners met the harbour council about the "
            + "ferry queue. NATO staff joined the meeting in the caf\u00e9 near the pier.\n";

    @BeforeAll
    static void runAndServe() throws IOException {
        corpus = tmp.resolve("corpus");
        out = tmp.resolve("output");
        Files.createDirectories(corpus.resolve("notes"));
        Files.createDirectories(corpus.resolve("pages"));
        Files.writeString(corpus.resolve("notes/harbour.txt"), HARBOUR);
        Files.writeString(corpus.resolve("notes/gone.txt"), HARBOUR.replace("Monday", "Friday"));
        Files.writeString(corpus.resolve("pages/ferry.html"), FERRY_PAGE);
        Files.write(corpus.resolve("notes/cafe.txt"), CAFE.getBytes(Charset.forName("windows-1252")));
        Files.write(corpus.resolve("notes/ferry.pdf"), PdfFixtures.pdf().standardFont().page(PdfFixtures.body(72, 100,
                "Ferry report", "The ferry routes across the harbour stay open in winter, the council said.",
                "NATO ships will keep away from the ferry lanes during the patrols next month.")).bytes());
        Cli.Result run = Cli.attache("run", corpus.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.exit(), run.err());
        server = WebServer.start(IndexBrowser.open(out.resolve("index"), SampleAnalyses.gazetteer()), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                body);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return get(path, HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static String source(String id) {
        return "/document/source?id=" + UrlState.encode(id);
    }

    @Test
    void theDocumentPageLinksToItsSourceServedAsSandboxedText() throws Exception {
        String page = get("/document?id=" + UrlState.encode("notes/harbour.txt")).body();
        assertTrue(page.contains("href=\"/document/source?id=notes%2Fharbour.txt\""), page);
        assertTrue(get("/api/document?id=notes%2Fharbour.txt").body()
                .contains("\"source\" : \"/document/source?id=notes%2Fharbour.txt\""));

        HttpResponse<String> r = get(source("notes/harbour.txt"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(HARBOUR, r.body());
        assertEquals("text/plain;charset=utf-8", header(r, "Content-Type").replace(" ", ""));
        assertTrue(header(r, "Content-Security-Policy").startsWith("sandbox"), header(r, "Content-Security-Policy"));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        assertTrue(header(r, "Content-Disposition").startsWith("inline; filename=\"harbour.txt\""));
    }

    @Test
    void anHtmlSourceIsItsMarkupAsTextAndOtherEncodingsAreDecoded() throws Exception {
        HttpResponse<String> html = get(source("pages/ferry.html"));
        assertEquals(200, html.statusCode());
        assertEquals("text/plain;charset=utf-8", header(html, "Content-Type").replace(" ", ""));
        assertTrue(html.body().contains("<script>document.title='ran'</script>"), "shown as text, never run");
        HttpResponse<String> cafe = get(source("notes/cafe.txt"));
        assertEquals(CAFE, cafe.body(), "windows-1252 on disk, UTF-8 on the wire");
    }

    @Test
    void aPdfSourceIsADownloadOfTheFileItself() throws Exception {
        HttpResponse<byte[]> r = get(source("notes/ferry.pdf"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", header(r, "Content-Type"));
        assertTrue(header(r, "Content-Disposition").startsWith("attachment; filename=\"ferry.pdf\""));
        assertTrue(header(r, "Content-Security-Policy").startsWith("sandbox"));
        assertArrayEquals(Files.readAllBytes(corpus.resolve("notes/ferry.pdf")), r.body());
    }

    @Test
    void onlyIdsOfTheIndexWithTheirFileStillThereAreServed() throws Exception {
        assertEquals(200, get(source("notes/gone.txt")).statusCode());
        Files.delete(corpus.resolve("notes/gone.txt"));
        HttpResponse<String> gone = get(source("notes/gone.txt"));
        assertEquals(404, gone.statusCode());
        assertTrue(gone.body().contains("no longer where the run read it"), gone.body());
        assertTrue(get("/document?id=notes%2Fgone.txt").body().contains("not available"));
        for (String id : List.of("../../../../etc/passwd", "/etc/passwd", "notes/../../output/run.json", "nope.txt",
                corpus.resolve("notes/harbour.txt").toString())) {
            assertEquals(404, get(source(id)).statusCode(), id);
        }
        assertEquals(400, get("/document/source").statusCode());
        assertEquals(400, get("/document/source?id=a&id=b").statusCode());
        assertEquals(400, get("/document/source?path=%2Fetc%2Fpasswd").statusCode());
    }

    @Test
    void theReportSetHoldsWhatReportWritesForTheSameSlice() throws Exception {
        Path dest = tmp.resolve("cli-report");
        Cli.Result report = Cli.attache("report", "--out", out.toString(), "--query", "ferry", "--actor", "NATO",
                "--since", "2020", "--dest", dest.toString(), "--quiet");
        assertEquals(0, report.exit(), report.err());
        String url = "/export/report.zip?q=ferry&actor=NATO&since=2020";
        assertTrue(get("/?q=ferry&actor=NATO&since=2020&sort=newest").body()
                .contains("href=\"" + url.replace("&", "&amp;") + "\""), "the page's button, without the sort");
        HttpResponse<byte[]> r = get(url, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/zip", header(r, "Content-Type"));
        String folder = "attache-report-query-ferry_actor-nato_since-2020-01-01";
        assertEquals("attachment; filename=\"" + folder + ".zip\"", header(r, "Content-Disposition"));
        Map<String, byte[]> entries = unzip(r.body());
        List<String> written;
        try (Stream<Path> files = Files.list(dest)) {
            written = files.map(p -> folder + "/" + p.getFileName()).sorted().toList();
        }
        assertEquals(written, new ArrayList<>(entries.keySet()), "the same files, in name order");
        assertTrue(written.contains(folder + "/documents.csv") && written.contains(folder + "/report.html"), written.toString());
        for (String name : written) {
            assertArrayEquals(Files.readAllBytes(dest.resolve(name.substring(folder.length() + 1))), entries.get(name),
                    name);
        }
        String documents = new String(entries.get(folder + "/documents.csv"), StandardCharsets.UTF_8);
        assertTrue(documents.contains("pages/ferry.html") && !documents.contains("notes/harbour.txt"), documents);
        assertArrayEquals(r.body(), get(url, HttpResponse.BodyHandlers.ofByteArray()).body(), "same bytes every time");
    }

    @Test
    void theReportSetTakesThePageOnlyFiltersAndRefusesBadOnes() throws Exception {
        HttpResponse<byte[]> r = get("/export/report.zip?q=*&format=pdf", HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        Map<String, byte[]> entries = unzip(r.body());
        String documents = new String(entries.get("attache-report-all_format-pdf/documents.csv"), StandardCharsets.UTF_8);
        assertEquals(2, documents.lines().count(), documents);
        assertTrue(documents.contains("notes/ferry.pdf"));
        assertTrue(new String(entries.get("attache-report-all_format-pdf/report.html"), StandardCharsets.UTF_8)
                .contains("format pdf"));
        HttpResponse<String> bad = get("/export/report.zip?q=" + UrlState.encode("(ferry"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("malformed query"), bad.body());
        assertEquals(400, get("/export/report.zip?since=someday").statusCode());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
