package org.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.attache.index.IndexBrowser;
import org.attache.index.SampleAnalyses;
import org.attache.model.Analysis;
import org.attache.model.Statement;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transcript turns are on the quotes page with the quotations, as {@code search --quotes} finds them. */
class WebServerTranscriptTest {

    static final String TEXT = "Q Will the convoy sail?\n\nMINISTER FERREIRA The harbour convoy sails at dawn.";

    @TempDir
    static Path tmp;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Analysis a = SampleAnalyses.analysis("briefings/convoy.txt", "Convoy briefing", "2023-04-02", "Ministry",
                TEXT, List.of(), List.of());
        List<Statement> turns = List.of(turn("Will the convoy sail?", "Q", ""),
                turn("The harbour convoy sails at dawn.", "Dana Ferreira", "Minister"));
        Path index = tmp.resolve("index");
        SampleAnalyses.writeIndex(index, List.of(new Analysis(a.document(), a.words(), a.mentions(), a.quotes(),
                turns, "en")));
        server = WebServer.start(IndexBrowser.open(index, SampleAnalyses.gazetteer()), "127.0.0.1", 0);
    }

    private static Statement turn(String words, String speaker, String role) {
        int start = TEXT.indexOf(words);
        return new Statement(new TextSpan(start, start + words.length()), words, speaker, "", role);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void turnsAreFoundByTextAndSpeakerAndExported() throws Exception {
        String bySpeaker = get("/api/quotes?speaker=Ferreira");
        assertTrue(bySpeaker.contains("\"total\" : 1") && bySpeaker.contains("The harbour convoy sails at dawn."),
                bySpeaker);
        String byText = get("/api/quotes?q=dawn");
        assertTrue(byText.contains("\"speaker\" : \"Dana Ferreira\""), byText);
        assertTrue(byText.contains("\"context\" : \"\""), "a turn is its own context: " + byText);
        assertTrue(get("/quotes?q=convoy").contains("The harbour convoy sails at dawn."));
        assertEquals(3, get("/export/quotes.csv?q=convoy").lines().count(), "header, the answer and the question");
    }

    @Test
    void aReportersQuestionIsNoSpeakerInTheFacet() throws Exception {
        String all = get("/api/quotes?q=*");
        assertTrue(all.contains("\"total\" : 2"), all);
        String facet = all.substring(all.indexOf("\"speaker\" : ["));
        facet = facet.substring(0, facet.indexOf(']'));
        assertTrue(facet.contains("Dana Ferreira"), facet);
        assertFalse(facet.contains("\"Q\""), facet);
    }
}
