package org.attache.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Packs lists of rows into one stored field (RFC 4180 text) and back. */
final class RowCodec {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private RowCodec() {
    }

    static String encode(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Reads back what {@link #encode} wrote: fields separated by commas, records ended by a line break,
     * a quoted field holding anything with its quotes doubled. Hand-written because every report decodes
     * every document's rows, and this is several times cheaper than a general CSV parser.
     */
    static List<List<String>> decode(String packed) {
        List<List<String>> rows = new ArrayList<>();
        if (packed == null || packed.isEmpty()) {
            return rows;
        }
        // scanned as an array: this runs before the JIT has compiled it, where String.charAt is a call per char
        char[] c = packed.toCharArray();
        int n = c.length;
        List<String> row = new ArrayList<>();
        StringBuilder quoted = new StringBuilder();
        int i = 0;
        while (true) {
            String field;
            if (i < n && c[i] == '"') {
                quoted.setLength(0);
                i++;
                while (true) {
                    int q = i;
                    while (q < n && c[q] != '"') {
                        q++;
                    }
                    if (q >= n) {
                        throw new UncheckedIOException(new IOException("unterminated quoted field in stored rows"));
                    }
                    quoted.append(c, i, q - i);
                    if (q + 1 < n && c[q + 1] == '"') {
                        quoted.append('"');
                        i = q + 2;
                    } else {
                        i = q + 1;
                        break;
                    }
                }
                field = quoted.toString();
            } else {
                int end = i;
                while (end < n && c[end] != ',' && c[end] != '\n' && c[end] != '\r') {
                    end++;
                }
                field = new String(c, i, end - i);
                i = end;
            }
            row.add(field);
            if (i < n && c[i] == ',') {
                i++;
                continue;
            }
            rows.add(List.copyOf(row));
            row.clear();
            if (i < n && c[i] == '\r') {
                i++;
            }
            if (i < n && c[i] == '\n') {
                i++;
            }
            if (i >= n) {
                return rows;
            }
        }
    }
}
