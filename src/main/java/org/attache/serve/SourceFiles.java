package org.attache.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.attache.index.BrowseResults;
import org.attache.index.IndexBrowser;
import org.attache.ingest.TextDecoder;

/**
 * A document's source file, for the link on its page. A browser does not follow {@code file://}
 * links from an http page, so the server hands the file over itself, and only this way: the request
 * names a document id, the id is looked up in the index, and the file is the one the run recorded
 * for it (never a path from the request). The answer can never run in the workbench's origin: a PDF
 * is a download, any other format is shown as plain text (an HTML page as its markup), under a
 * sandboxing Content-Security-Policy and {@code nosniff}.
 */
final class SourceFiles {

    /** Everything off, and the answer treated as coming from a unique origin. */
    static final String CSP = "sandbox; default-src 'none'";
    /** Text sources are decoded in memory (to send them as UTF-8); the run's default limit is 20 MB. */
    static final long MAX_TEXT_BYTES = 64L << 20;
    private static final TextDecoder DECODER = new TextDecoder();

    private SourceFiles() {
    }

    /** The link to the source of the document {@code id}, or empty when there is no file to link to. */
    static String href(IndexBrowser index, String id) throws IOException {
        return index.source(id).flatMap(SourceFiles::file).isPresent() ? "/document/source?id=" + UrlState.encode(id) : "";
    }

    static void serve(IndexBrowser index, String id, Context ctx) throws IOException {
        BrowseResults.Source source = index.source(id)
                .orElseThrow(() -> new BadRequest(404, "no document '" + id + "' in the index"));
        if (source.path().isEmpty()) {
            throw new BadRequest(404, "the index does not record where '" + id + "' was read from (it was analysed "
                    + "by an older version; a run of this version records it)");
        }
        Path file = file(source).orElseThrow(() -> new BadRequest(404, "the source file of '" + id
                + "' is no longer where the run read it (moved or deleted since)"));
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        String name = file.getFileName().toString();
        if ("pdf".equals(source.format())) {
            ctx.contentType("application/pdf");
            ctx.header("Content-Disposition", disposition("attachment", name));
            try (InputStream in = Files.newInputStream(file); OutputStream out = ctx.outputStream()) {
                in.transferTo(out);
            }
            return;
        }
        if (Files.size(file) > MAX_TEXT_BYTES) {
            throw new BadRequest(413, "the source file of '" + id + "' is too large to show here ("
                    + Files.size(file) + " bytes); open it from disk");
        }
        String text = DECODER.decode(Files.readAllBytes(file), id);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.header("Content-Disposition", disposition("inline", name));
        ctx.result(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The recorded file, if it still exists and its path ends with the document id (a path that does
     * not is not the document's, whatever the index says).
     */
    static Optional<Path> file(BrowseResults.Source source) {
        if (source.path().isEmpty()) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(source.path());
            boolean matches = file.isAbsolute() && file.endsWith(Path.of(source.document()));
            return matches && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A Content-Disposition with an ASCII file name and the exact one in RFC 5987 form. */
    static String disposition(String kind, String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + UrlState.encode(name).replace("+", "%20");
    }
}
