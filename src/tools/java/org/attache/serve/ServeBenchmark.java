package org.attache.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.attache.index.ActorNames;
import org.attache.index.IndexBrowser;

/**
 * Latency of the workbench's search page and API as a browser sees it (HTTP on loopback, full
 * page with facets, histogram and snippets): a fixed mix of views, warmed up, then timed.
 */
public final class ServeBenchmark {

    /** Milliseconds at the 50th and 95th percentile, over {@code samples} requests. */
    public record Result(int samples, double pageP50, double pageP95, double apiP50, double apiP95) {
    }

    /** The views timed: words, a phrase, facets, dates, another order, a later page, wildcards, quotations. */
    static final List<String> VIEWS = List.of("?q=cyber", "?q=sanctions", "?q=%22Article+5%22",
            "?q=russia+AND+cyber", "?q=ransomware+OR+malware", "?q=defence+-china", "?q=cyber*",
            "?q=*&actor=Russia", "?q=security&since=2021&until=2021", "?q=alliance&actor=NATO&actor=United+States",
            "?q=*&type=PERSON&sort=newest", "?q=nato&page=3", "?q=security~", "?q=*");

    private ServeBenchmark() {
    }

    public static Result run(Path indexDir, int rounds) throws IOException, InterruptedException {
        try (WebServer server = WebServer.start(IndexBrowser.open(indexDir, ActorNames.asTyped()), "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            for (int warm = 0; warm < 3; warm++) {
                time(http, base, "/", VIEWS, new ArrayList<>());
                time(http, base, "/api/search", VIEWS, new ArrayList<>());
                time(http, base, "/quotes", List.of("?q=security", "?speaker=Biden"), new ArrayList<>());
            }
            List<Double> page = new ArrayList<>();
            List<Double> api = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                time(http, base, "/", VIEWS, page);
                time(http, base, "/quotes", List.of("?q=security", "?speaker=Biden"), page);
                time(http, base, "/api/search", VIEWS, api);
                time(http, base, "/api/quotes", List.of("?q=security", "?speaker=Biden"), api);
            }
            return new Result(page.size() + api.size(), percentile(page, 50), percentile(page, 95),
                    percentile(api, 50), percentile(api, 95));
        }
    }

    private static void time(HttpClient http, String base, String path, List<String> views, List<Double> out)
            throws IOException, InterruptedException {
        for (String v : views) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path + v)).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            out.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() != 200) {
                throw new IOException(path + v + " answered " + r.statusCode());
            }
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size())
                - 1));
    }
}
