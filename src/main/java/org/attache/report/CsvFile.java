package org.attache.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attache.io.AtomicFiles;

/**
 * Writes one RFC 4180 CSV file with a header row, streaming rows to a temporary file that is
 * renamed over the target on {@link #commit()}, so a crash never leaves half a file.
 * Strings are text cells (neutralised, see {@link CsvCells}); Numbers stay numeric.
 */
public final class CsvFile implements Closeable {

    private final Path target;
    private final Path temp;
    private final CSVPrinter printer;
    private final int columns;
    private boolean committed;

    public CsvFile(Path target, CsvStyle style, String... header) throws IOException {
        this.target = target;
        this.temp = AtomicFiles.tempFor(target);
        this.columns = header.length;
        var out = Files.newOutputStream(temp);
        if (style == CsvStyle.EXCEL) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.printer = new CSVPrinter(writer, format(style));
        printer.printRecord((Object[]) header);
    }

    public void row(Object... values) throws IOException {
        if (values.length != columns) {
            throw new IllegalArgumentException("row has " + values.length + " cells, header has " + columns);
        }
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = CsvCells.cell(values[i]);
        }
        printer.printRecord((Object[]) cells);
    }

    public void row(List<?> values) throws IOException {
        row(values.toArray());
    }

    /** Appends rows rendered by {@link Rows} (for this file's style and columns), exactly as {@link #row} writes them. */
    public void append(Rows rows) throws IOException {
        if (rows.columns != columns) {
            throw new IllegalArgumentException("rows have " + rows.columns + " cells, header has " + columns);
        }
        printer.getOut().append(rows.text);
    }

    /**
     * Rows of a file rendered to text apart from the file, so that several threads can render while
     * one writes; {@link #append} then writes them as {@link #row} would have. Not thread-safe itself.
     */
    public static final class Rows {
        private final StringBuilder text = new StringBuilder();
        private final CSVPrinter printer;
        private final int columns;

        public Rows(CsvStyle style, int columns) {
            try {
                this.printer = new CSVPrinter(text, format(style));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringBuilder does not fail
            }
            this.columns = columns;
        }

        public Rows row(Object... values) {
            if (values.length != columns) {
                throw new IllegalArgumentException("row has " + values.length + " cells, header has " + columns);
            }
            try {
                for (Object value : values) {
                    printer.print(CsvCells.cell(value));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringBuilder does not fail
            }
            return this;
        }
    }

    private static final CSVFormat LF = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final CSVFormat CRLF = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    /** Formats are immutable: made once, not once per document and file. */
    private static CSVFormat format(CsvStyle style) {
        return style == CsvStyle.EXCEL ? CRLF : LF;
    }

    /** Finishes the file and moves it into place. */
    public void commit() throws IOException {
        printer.close(true);
        AtomicFiles.moveIntoPlace(temp, target);
        committed = true;
    }

    /** Without a commit, discards the temporary file. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            printer.close();
            Files.deleteIfExists(temp);
        }
    }
}
