package org.attache.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.index.IndexBrowser;
import org.attache.index.QuerySyntaxException;

/**
 * The workbench's HTTP server: read-only GET routes for the pages, the JSON API, the CSV and report-set
 * exports, a document's source file (by document id, see {@link SourceFiles}), two static files, and
 * nothing else (no upload, no write, no file path from the request). Every
 * answer carries a strict Content-Security-Policy: scripts and styles only from this server's own
 * static files, nothing inline. On a loopback address, requests naming another host are refused
 * (a web page elsewhere cannot reach the server through a rebound DNS name).
 */
public final class WebServer implements Closeable {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Map<String, String> STATIC = Map.of("app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8");
    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Javalin app;
    private final IndexBrowser index;

    private WebServer(Javalin app, IndexBrowser index) {
        this.app = app;
        this.index = index;
    }

    /** Starts serving {@code index} on host:port (port 0: any free port); the server owns the index from now on. */
    public static WebServer start(IndexBrowser index, String host, int port) throws IOException {
        TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html,
                WebServer.class.getClassLoader(), "org.attache.serve.pages");
        Pages pages = new Pages(index);
        ReportSet reports = new ReportSet(index);
        boolean loopback = InetAddress.getByName(host).isLoopbackAddress();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = 16_384;
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Cache-Control", "no-store");
                if (loopback && !localHost(ctx.host())) {
                    throw new BadRequest(421, "this server answers only to localhost");
                }
            });
            config.routes.get("/", ctx -> html(ctx, templates, "search.jte", pages.search(Requests.state(ctx))));
            config.routes.get("/quotes", ctx -> html(ctx, templates, "quotes.jte", pages.quotes(Requests.state(ctx))));
            config.routes.get("/document", ctx -> html(ctx, templates, "document.jte",
                    pages.document(Requests.single(ctx, "id"))));
            config.routes.get("/actor", ctx -> html(ctx, templates, "actor.jte",
                    pages.actor(Requests.single(ctx, "name"))));
            config.routes.get("/api/search", ctx -> {
                Views.SearchView v = pages.search(Requests.state(ctx));
                json(ctx, v.error().isEmpty() ? 200 : 400, v.error().isEmpty() ? JsonApi.search(v)
                        : JsonApi.error(v.error()));
            });
            config.routes.get("/api/quotes", ctx -> {
                Views.QuotesView v = pages.quotes(Requests.state(ctx));
                json(ctx, v.error().isEmpty() ? 200 : 400, v.error().isEmpty() ? JsonApi.quotes(v)
                        : JsonApi.error(v.error()));
            });
            config.routes.get("/api/document", ctx -> json(ctx, 200,
                    JsonApi.document(pages.document(Requests.single(ctx, "id")))));
            config.routes.get("/api/actor", ctx -> json(ctx, 200,
                    JsonApi.actor(pages.actor(Requests.single(ctx, "name")))));
            config.routes.get("/export/search.csv", ctx -> {
                var r = Requests.browse(Requests.state(ctx));
                index.check(r.query(), false);
                CsvExport.documents(index, r, ctx);
            });
            config.routes.get("/export/quotes.csv", ctx -> {
                var r = Requests.browse(Requests.state(ctx));
                index.check(r.query(), true);
                CsvExport.quotes(index, r, ctx);
            });
            config.routes.get("/document/source", ctx -> SourceFiles.serve(index, Requests.single(ctx, "id"), ctx));
            config.routes.get("/export/report.zip", ctx -> reports.zip(Requests.state(ctx), ctx));
            config.routes.get("/static/{file}", ctx -> staticFile(ctx, ctx.pathParam("file")));
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, templates, e.status, e.getMessage()));
            config.routes.exception(QuerySyntaxException.class, (e, ctx) ->
                    error(ctx, templates, 400, "malformed query: " + e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) ->
                    error(ctx, templates, 500, "the server failed: " + e.getClass().getSimpleName()));
            config.routes.error(404, "*", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, templates, 404, "no page at " + ctx.path());
                }
            });
        });
        app.start();
        return new WebServer(app, index);
    }

    private static boolean localHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.startsWith("[") ? hostHeader.substring(0, hostHeader.indexOf(']') + 1)
                : hostHeader.replaceFirst(":\\d+$", "");
        return LOCAL_NAMES.contains(h.toLowerCase(Locale.ROOT));
    }

    private static void html(Context ctx, TemplateEngine templates, String template, Object view) {
        StringOutput out = new StringOutput();
        templates.render(template, view, out);
        if (view instanceof Views.SearchView v && !v.error().isEmpty()
                || view instanceof Views.QuotesView q && !q.error().isEmpty()) {
            ctx.status(400);
        }
        ctx.html(out.toString());
    }

    private static void json(Context ctx, int status, Object body) throws IOException {
        ctx.status(status).contentType("application/json; charset=utf-8").result(JsonApi.write(body));
    }

    private static void error(Context ctx, TemplateEngine templates, int status, String message) {
        ctx.status(status);
        try {
            if (ctx.path().startsWith("/api/")) {
                ctx.contentType("application/json; charset=utf-8").result(JsonApi.write(JsonApi.error(message)));
            } else if (ctx.path().startsWith("/export/")) {
                ctx.contentType("text/plain; charset=utf-8").result(message + "\n");
            } else {
                StringOutput out = new StringOutput();
                templates.render("error.jte", new Views.ErrorView(status, message), out);
                ctx.html(out.toString());
            }
        } catch (IOException e) {
            ctx.result(message);
        }
    }

    private static void staticFile(Context ctx, String name) throws IOException {
        String type = STATIC.get(name);
        if (type == null) {
            throw new BadRequest(404, "no static file '" + name + "'");
        }
        try (InputStream in = WebServer.class.getResourceAsStream("static/" + name)) {
            ctx.contentType(type).header("Cache-Control", "max-age=3600").result(in.readAllBytes());
        }
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() throws IOException {
        try {
            app.stop();
        } finally {
            index.close();
        }
    }
}
