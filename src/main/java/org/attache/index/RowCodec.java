package org.attache.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

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

    static List<List<String>> decode(String packed) {
        List<List<String>> rows = new ArrayList<>();
        if (packed == null || packed.isEmpty()) {
            return rows;
        }
        try (var parser = FORMAT.parse(new StringReader(packed))) {
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
