package org.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.attache.index.DocumentIndex;
import org.attache.index.SampleAnalyses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page and API over HTTP: contents, links, errors, and what the security rules promise. */
class WebServerTest {

    @TempDir
    static Path tmp;
    static Workbench wb;

    @BeforeAll
    static void start() throws IOException {
        wb = new Workbench(tmp);
    }

    @AfterAll
    static void stop() throws IOException {
        wb.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return wb.get(path);
    }

    private static void assertPage(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=\"/static/app\\.js\")").matcher(r.body()).find(),
                "no script but the static file");
        assertFalse(r.body().contains(" style="), "no inline style");
        assertFalse(Pattern.compile("<[^>]*\\son[a-z]+\\s*=").matcher(r.body()).find(), "no inline event handler");
    }

    @Test
    void searchPageShowsHitsFacetsHistogramAndLinks() throws Exception {
        HttpResponse<String> r = get("/?q=cyber");
        assertPage(r);
        assertTrue(r.body().contains("Brussels Summit Communiqué"));
        assertTrue(r.body().contains("<mark>cyber</mark>"));
        assertTrue(r.body().contains("data-facet=\"actor\""));
        assertTrue(r.body().contains("<svg"), "histogram");
        assertTrue(r.body().contains("href=\"/export/search.csv?q=cyber\""));
        assertTrue(r.body().contains("href=\"/document?id=nato%2F2021-06-14-communique.html\""));
    }

    @Test
    void facetsFilterAndEveryStateIsAUrl() throws Exception {
        String all = get("/api/search?q=*").body();
        String nato = get("/api/search?q=*&actor=NATO&sort=oldest").body();
        assertTrue(all.contains("\"total\" : 6"), all);
        assertTrue(nato.contains("\"total\" : 3"), nato);
        assertTrue(nato.indexOf("nato/2021-06-14") < nato.indexOf("wh/2022-02-25"), "oldest first");
        String typed = get("/api/search?q=*&type=country&publisher=NCSC").body();
        assertTrue(typed.contains("\"total\" : 1") && typed.contains("ncsc/guide.html"), typed);
        String dated = get("/api/search?q=*&since=2021&until=2021-06").body();
        assertTrue(dated.contains("\"total\" : 2"), dated);
        String page = get("/?q=*&actor=NATO&actor=Russia").body();
        assertTrue(page.contains("actor: Russia"), "active filter chip");
    }

    @Test
    void apiAnswersTotalAndHitsAndRefusesMalformedQueries() throws Exception {
        HttpResponse<String> ok = get("/api/search?q=ransomware");
        assertEquals(200, ok.statusCode());
        assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(ok.body().contains("\"total\" : 3") && ok.body().contains("\"hits\""), ok.body());
        assertTrue(get("/api/search?q=" + enc("ransom?are")).body().contains("**ransomware**"), "wildcard marked");
        assertTrue(get("/api/search?q=" + enc("hospitl~")).body().contains("**hospital**"), "fuzzy term marked");
        HttpResponse<String> bad = get("/api/search?q=" + enc("(cyber"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("malformed query: a '(' is never closed"), bad.body());
        HttpResponse<String> badPage = get("/?q=" + enc("title:"));
        assertEquals(400, badPage.statusCode());
        assertTrue(badPage.body().contains("malformed query"));
    }

    @Test
    void quotesPageAndApiSearchBySpeakerWithContext() throws Exception {
        HttpResponse<String> r = get("/quotes?speaker=Stoltenberg");
        assertPage(r);
        assertTrue(r.body().contains("We will defend every Ally against cyber threats,"));
        String api = get("/api/quotes?q=war").body();
        assertTrue(api.contains("\"total\" : 1") && api.contains("\"speaker\" : \"Joe Biden\""), api);
        assertTrue(api.contains("\"context\" : \"\\\"Putin chose this war,\\\" Joe Biden said.\""), api);
    }

    @Test
    void documentPageMarksMentionsAndChecksTheId() throws Exception {
        HttpResponse<String> r = get("/document?id=" + enc("nato/2021-06-14-communique.html"));
        assertPage(r);
        assertTrue(r.body().contains("title=\"Russia (country)\""), "hover shows the canonical actor");
        assertTrue(r.body().contains("class=\"qt\""), "the quotation is marked");
        assertEquals(404, get("/document?id=" + enc("../../../../etc/passwd")).statusCode());
        assertEquals(404, get("/api/document?id=nope").statusCode());
        assertEquals(400, get("/document").statusCode());
        assertEquals(400, get("/document?id=a&id=b").statusCode());
        String api = get("/api/document?id=" + enc("wh/2022-02-25-statement.md")).body();
        assertTrue(api.contains("\"actor\" : \"United States\"") && api.contains("\"text\""), api);
    }

    /** Each key's first {@code "key" :} in {@code json} comes after the one before (answers keep one key order). */
    private static void assertKeysInOrder(String json, String... keys) {
        int at = -1;
        for (String k : keys) {
            int next = json.indexOf("\"" + k + "\" :", at + 1);
            assertTrue(next > at, "\"" + k + "\" after the key before it in " + json);
            at = next;
        }
    }

    @Test
    void jsonAnswersKeepOneKeyOrder() throws Exception {
        String doc = get("/api/document?id=" + enc("nato/2021-06-14-communique.html")).body();
        assertKeysInOrder(doc, "document", "title", "date", "publisher", "format", "words", "text", "actors", "mentions",
                "quotes", "statements", "source");
        assertKeysInOrder(doc.substring(doc.indexOf("\"actors\" :")), "actor", "mentions");
        assertKeysInOrder(doc.substring(doc.indexOf("\"mentions\" : [")), "start", "end", "text", "actor", "actor_type");
        assertKeysInOrder(doc.substring(doc.indexOf("\"quotes\" : [")), "start", "end", "quote", "speaker",
                "speaker_role");
        String search = get("/api/search?q=cyber").body();
        assertKeysInOrder(search, "total", "page", "hits", "facets", "histogram");
        // a hit as `search --format json` lays it out (DocumentHit.fields), its score to three places at most
        assertKeysInOrder(search.substring(search.indexOf("\"hits\" :")), "document", "title", "date", "publisher",
                "score", "snippet", "actors");
        assertTrue(Pattern.compile("\"score\" : \\d+\\.\\d{1,3},").matcher(search).find(), search);
        assertFalse(Pattern.compile("\"score\" : \\d+\\.\\d{4,}").matcher(search).find(), search);
        assertKeysInOrder(search.substring(search.indexOf("\"facets\" :")), "actor", "value", "count");
        assertKeysInOrder(search.substring(search.indexOf("\"histogram\" :")), "from", "to", "count");
        String actor = get("/api/actor?name=Russia").body();
        assertKeysInOrder(actor, "actor", "actor_type", "documents", "mentions", "over_time", "top_documents",
                "co_mentioned", "quotes_by", "quotes_about");
        assertKeysInOrder(actor.substring(actor.indexOf("\"top_documents\" :")), "document", "title", "date", "mentions");
        assertEquals(doc, get("/api/document?id=" + enc("nato/2021-06-14-communique.html")).body());
    }

    @Test
    void actorPageShowsDocumentsCoMentionsAndQuotes() throws Exception {
        HttpResponse<String> r = get("/actor?name=USA");
        assertPage(r);
        assertTrue(r.body().contains("United States"));
        assertTrue(r.body().contains("Statement on Ukraine"));
        String api = get("/api/actor?name=Russia").body();
        assertTrue(api.contains("\"documents\" : 2") && api.contains("\"co_mentioned\""), api);
        assertEquals(404, get("/actor?name=Atlantis").statusCode());
    }

    @Test
    void csvExportStreamsEveryRowWithSafeCells() throws Exception {
        HttpResponse<String> r = get("/export/search.csv?q=*&sort=newest");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertEquals("document,title,date,publisher,score,actors", lines.get(0));
        assertEquals(7, lines.size(), r.body());
        assertTrue(r.body().contains("\"'=HYPERLINK(\"\"http://example.invalid\"\")\""), r.body());
        assertEquals(400, get("/export/search.csv?q=" + enc("AND")).statusCode());
        String quotes = get("/export/quotes.csv?q=*").body();
        assertTrue(quotes.startsWith("document,title,date,speaker,speaker_role,quote,context,score\n"), quotes);
        assertEquals(3, quotes.lines().count());
    }

    @Test
    void everythingFromTheDataOrTheRequestIsEscaped() throws Exception {
        String search = get("/?q=" + enc("hostile \"<script>alert(3)</script>")).body();
        assertFalse(search.contains("<script>alert"), "query reflected escaped");
        String page = get("/?q=workbench").body();
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") || page.contains("&lt;script"));
        assertFalse(page.contains("<script>alert"));
        assertFalse(page.contains("<img src=x"));
        String doc = get("/document?id=" + enc("evil/<img src=x onerror=alert(1)>.html")).body();
        assertFalse(doc.contains("<script>alert") || doc.contains("<img src=x") || doc.contains("<b>Publisher"));
        String error = get("/actor?name=" + enc("<svg onload=alert(4)>")).body();
        assertFalse(error.contains("<svg onload"));
    }

    @Test
    void badParametersAreRefusedWithAMessage() throws Exception {
        for (String bad : List.of("/?page=0", "/?page=x", "/?page=99999", "/?sort=random", "/?since=yesterday",
                "/?since=2022&until=2021", "/?type=ALIEN", "/?nope=1", "/quotes?q=a&q=b", "/api/quotes?q=%22",
                "/document?id=a%00b", "/api/actor?name=x%0Ay")) {
            HttpResponse<String> r = get(bad);
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().contains("class=\"error\"") || r.body().contains("\"error\""), bad + ": " + r.body());
        }
        assertEquals(400, get("/?q=" + "x".repeat(3000)).statusCode());
    }

    @Test
    void onlyReadingRoutesExist() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> r = wb.http.send(HttpRequest.newBuilder(URI.create(wb.base() + "/?q=x"))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 404 || r.statusCode() == 405, method + " " + r.statusCode());
        }
        assertEquals(404, get("/static/..%2F..%2Fpom.xml").statusCode());
        assertEquals(404, get("/static/WebServer.class").statusCode());
        assertEquals(404, get("/index/segments_1").statusCode());
        HttpResponse<String> css = get("/static/app.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void requestsForAnotherHostAreRefused() throws Exception {
        try (Socket s = new Socket("127.0.0.1", wb.server.port())) {
            OutputStream out = s.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            assertTrue(status.contains(" 421 "), status);
        }
    }

    @Test
    void aRunsNewCommitIsPickedUp() throws Exception {
        assertTrue(get("/api/search?q=zeppelin").body().contains("\"total\" : 0"));
        try (DocumentIndex index = DocumentIndex.open(wb.index)) {
            index.put(SampleAnalyses.analysis("late.txt", "Late news", "2024-01-01", "Example News",
                    "A zeppelin was seen.", List.of(), List.of()));
            index.commit();
        }
        Thread.sleep(1_100); // the server looks for a new commit at most once a second
        get("/api/search?q=zeppelin");
        assertTrue(get("/api/search?q=zeppelin").body().contains("\"total\" : 1"));
    }

    private static String enc(String s) {
        return UrlState.encode(s);
    }
}
