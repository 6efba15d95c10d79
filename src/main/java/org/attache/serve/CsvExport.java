package org.attache.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attache.index.BrowseRequest;
import org.attache.index.IndexBrowser;
import org.attache.index.QuerySyntaxException;
import org.attache.report.CsvCells;

/**
 * The current slice as CSV, every matching row, streamed as it is read (never the whole result in
 * memory), with the reports' spreadsheet-safe cells ({@link CsvCells}).
 */
final class CsvExport {

    static final List<String> DOCUMENT_COLUMNS = List.of("document", "title", "date", "publisher", "score", "actors");
    static final List<String> QUOTE_COLUMNS = List.of("document", "title", "date", "speaker", "speaker_role", "quote",
            "context", "score");

    private CsvExport() {
    }

    static void documents(IndexBrowser index, BrowseRequest r, Context ctx) throws IOException, QuerySyntaxException {
        stream(ctx, "attache-search.csv", DOCUMENT_COLUMNS, out -> index.exportDocuments(r, out::row));
    }

    static void quotes(IndexBrowser index, BrowseRequest r, Context ctx) throws IOException, QuerySyntaxException {
        stream(ctx, "attache-quotes.csv", QUOTE_COLUMNS, out -> index.exportQuotations(r, out::row));
    }

    @FunctionalInterface
    private interface Rows {
        void write(Sink out) throws IOException, QuerySyntaxException;
    }

    /** Writes rows to the printer; IO errors (a closed browser tab) end the export. */
    private record Sink(CSVPrinter printer) {
        void row(List<String> cells) {
            try {
                printer.printRecord(cells.stream().map(c -> c.matches("\\d+(\\.\\d+)?") ? c : CsvCells.text(c)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void stream(Context ctx, String filename, List<String> header, Rows rows)
            throws IOException, QuerySyntaxException {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            rows.write(new Sink(printer));
        }
    }
}
