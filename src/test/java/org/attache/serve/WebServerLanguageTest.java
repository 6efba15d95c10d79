package org.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.index.IndexBrowser;
import org.attache.index.SampleAnalyses;
import org.attache.model.Analysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language filter and facet over HTTP, on invented documents in English and French. */
class WebServerLanguageTest {

    @TempDir
    static Path tmp;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path index = tmp.resolve("index");
        SampleAnalyses.writeIndex(index, List.of(
                in("en", SampleAnalyses.analysis("en/one.txt", "Harbour report", "2023-03-01", "Gazette",
                        "The harbour council met on Monday about the ferry timetable.", List.of(), List.of())),
                in("en", SampleAnalyses.analysis("en/two.txt", "Ferry fares", "2023-03-02", "Gazette",
                        "Ferry fares rise again, the council said.", List.of(), List.of())),
                in("fr", SampleAnalyses.analysis("fr/un.txt", "Horaires du bac", "2023-03-03", "Le Courrier",
                        "Le conseil du port a publié les horaires du bac. \"Le bac partira plus tôt\", a dit Marie "
                                + "Dupont.", List.of(), List.of(new SampleAnalyses.Said("Le bac partira plus tôt",
                                "Marie Dupont", "", "mayor"))))));
        server = WebServer.start(IndexBrowser.open(index, SampleAnalyses.gazetteer()), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static Analysis in(String language, Analysis a) {
        return new Analysis(a.document(), a.words(), a.mentions(), a.quotes(), a.statements(), language);
    }

    /** The language facet of an API answer as value -> count (the JSON's key order is not part of the contract). */
    @SuppressWarnings("unchecked")
    private static Map<String, Integer> languageCounts(String json) throws IOException {
        Map<String, Object> answer = JSON.std.mapFrom(json);
        Map<String, Object> facets = (Map<String, Object>) answer.get("facets");
        Map<String, Integer> counts = new TreeMap<>();
        for (Object o : (List<Object>) facets.get("language")) {
            Map<String, Object> entry = (Map<String, Object>) o;
            counts.put((String) entry.get("value"), ((Number) entry.get("count")).intValue());
        }
        return counts;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void apiCountsAndFiltersByLanguage() throws Exception {
        String all = get("/api/search?q=*").body();
        assertTrue(all.contains("\"total\" : 3"), all);
        assertEquals(Map.of("en", 2, "fr", 1), languageCounts(all), all);
        String fr = get("/api/search?q=*&language=fr").body();
        assertTrue(fr.contains("\"total\" : 1") && fr.contains("fr/un.txt") && !fr.contains("en/one.txt"), fr);
        String en = get("/api/search?q=*&language=EN").body();
        assertTrue(en.contains("\"total\" : 2") && !en.contains("fr/un.txt"), en);
        String either = get("/api/search?q=*&language=en&language=fr").body();
        assertTrue(either.contains("\"total\" : 3"), "any of the languages: " + either);
        assertTrue(get("/api/search?q=*&language=de").body().contains("\"total\" : 0"));
    }

    @Test
    void searchPageShowsTheFacetAndKeepsTheFilter() throws Exception {
        HttpResponse<String> r = get("/?q=*&language=fr");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("data-facet=\"language\""), r.body());
        assertTrue(r.body().contains("<input type=\"hidden\" name=\"language\" value=\"fr\">"), "kept by the form");
        assertTrue(r.body().contains("language: fr"), "active filter chip");
        assertTrue(r.body().contains("Horaires du bac") && !r.body().contains("Harbour report"));
    }

    @Test
    void quotesFilterByLanguage() throws Exception {
        String fr = get("/api/quotes?q=*&language=fr").body();
        assertTrue(fr.contains("\"total\" : 1") && fr.contains("Marie Dupont"), fr);
        assertTrue(get("/api/quotes?q=*&language=en").body().contains("\"total\" : 0"));
    }

    @Test
    void quotesPageCountsLanguagesAndFiltersByAClick() throws Exception {
        assertEquals(Map.of("fr", 1), languageCounts(get("/api/quotes?q=*").body()));
        String page = get("/quotes?q=*").body();
        assertTrue(page.contains("data-facet=\"language\""), page);
        assertTrue(page.contains("href=\"/quotes?q=*&amp;language=fr\""), "a click on the facet filters: " + page);
        HttpResponse<String> filtered = get("/quotes?q=*&language=fr");
        assertEquals(200, filtered.statusCode());
        assertTrue(filtered.body().contains("language: fr"), "active filter chip");
        assertTrue(filtered.body().contains("<input type=\"hidden\" name=\"language\" value=\"fr\">"), "kept by the form");
        assertTrue(filtered.body().contains("Le bac partira plus tôt"));
    }

    @Test
    void badLanguagesAreRefused() throws Exception {
        HttpResponse<String> bad = get("/api/search?q=*&language=" + UrlState.encode("fr'); --"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("language must be a code like en, fr or unknown"), bad.body());
        assertEquals(400, get("/?language=english").statusCode());
        assertFalse(get("/?q=*&language=en&language=fr").body().contains("given 2 times"));
    }
}
