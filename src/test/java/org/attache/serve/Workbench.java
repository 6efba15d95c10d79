package org.attache.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.index.IndexBrowser;
import org.attache.index.SampleAnalyses;
import org.attache.model.ActorType;
import org.attache.model.Analysis;

/** A workbench on a free port over the sample index plus two hostile documents, for the HTTP and browser tests. */
final class Workbench implements AutoCloseable {

    static final String XSS_TITLE = "<script>alert('x')</script> Hostile \"title\"";
    static final String FORMULA_TITLE = "=HYPERLINK(\"http://example.invalid\")";

    final Path index;
    final WebServer server;
    final HttpClient http = HttpClient.newHttpClient();

    Workbench(Path dir) throws IOException {
        index = dir.resolve("index");
        List<Analysis> docs = new ArrayList<>(SampleAnalyses.corpus());
        docs.add(SampleAnalyses.analysis("evil/<img src=x onerror=alert(1)>.html", XSS_TITLE, "2021-06-15",
                "<b>Publisher</b>", "A page about cyber defence written to attack the workbench: <script>alert(2)"
                        + "</script> and \"quotes\" and NATO.", List.of(new SampleAnalyses.Actor("NATO", "NATO",
                        ActorType.ORGANIZATION)), List.of()));
        docs.add(SampleAnalyses.analysis("csv/formula.txt", FORMULA_TITLE, "2019-05-01", "Example News",
                "A spreadsheet trap about ransomware.", List.of(), List.of()));
        SampleAnalyses.writeIndex(index, docs);
        server = WebServer.start(IndexBrowser.open(index, SampleAnalyses.gazetteer()), "127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
