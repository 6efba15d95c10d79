package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RowCodecTest {

    @Test
    void rowsComeBackAsTheyWent() {
        List<List<String>> rows = List.of(
                List.of("0", "4", "NATO", "ORGANIZATION", "GAZETTEER", "0.95"),
                List.of("", "a,b", "say \"hi\"", " padded ", "line\nbreak", "cr\r\nlf"),
                List.of("\"", "", "", "#hash", "é ü 😀", "\r"));
        assertEquals(rows, RowCodec.decode(RowCodec.encode(rows)));
        assertEquals(List.of(), RowCodec.decode(""));
        assertEquals(List.of(), RowCodec.decode(null));
        assertEquals(List.of(List.of("")), RowCodec.decode(RowCodec.encode(List.of(List.of("")))));
    }

    /** Property: for seeded random rows, decoding gives the rows back, as a general RFC 4180 parser reads them. */
    @Test
    void decodingAgreesWithAGeneralCsvParser() throws IOException {
        Random random = new Random(42);
        String alphabet = "ab ,\"\n\r#'=é😀\t";
        for (int round = 0; round < 2_000; round++) {
            List<List<String>> rows = new ArrayList<>();
            int rowCount = random.nextInt(5);
            int width = 1 + random.nextInt(6);
            for (int r = 0; r < rowCount; r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    StringBuilder cell = new StringBuilder();
                    int len = random.nextInt(6);
                    for (int k = 0; k < len; k++) {
                        cell.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                                random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                    }
                    row.add(cell.toString());
                }
                rows.add(row);
            }
            String packed = RowCodec.encode(rows);
            List<List<String>> decoded = RowCodec.decode(packed);
            assertEquals(rows, decoded, packed);
            assertEquals(general(packed), decoded, packed);
        }
    }

    private static List<List<String>> general(String packed) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        if (packed.isEmpty()) {
            return rows;
        }
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(packed))) {
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
        }
        return rows;
    }
}
