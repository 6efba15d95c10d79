package org.attache.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows rendered apart and appended make exactly the file that writing them row by row makes. */
class CsvFileTest {

    @TempDir
    Path tmp;

    @Test
    void renderedRowsAreByteForByteTheRowsWrittenDirectly() throws IOException {
        Random random = new Random(5);
        String alphabet = "ab ,\"\n\r#'=+-@\t é😀";
        for (CsvStyle style : CsvStyle.values()) {
            Path direct = tmp.resolve(style + "-direct.csv");
            Path appended = tmp.resolve(style + "-appended.csv");
            try (CsvFile a = new CsvFile(direct, style, "x", "y", "z");
                 CsvFile b = new CsvFile(appended, style, "x", "y", "z")) {
                for (int chunk = 0; chunk < 200; chunk++) {
                    CsvFile.Rows rows = new CsvFile.Rows(style, 3);
                    for (int r = random.nextInt(4); r > 0; r--) {
                        Object[] cells = new Object[3];
                        for (int c = 0; c < 3; c++) {
                            cells[c] = switch (random.nextInt(5)) {
                                case 0 -> random.nextInt(1000) - 500;
                                case 1 -> random.nextDouble();
                                case 2 -> "";
                                default -> {
                                    StringBuilder sb = new StringBuilder();
                                    for (int k = random.nextInt(6); k > 0; k--) {
                                        sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                                                random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                                    }
                                    yield sb.toString();
                                }
                            };
                        }
                        a.row(cells);
                        rows.row(cells);
                    }
                    b.append(rows);
                }
                a.commit();
                b.commit();
            }
            assertArrayEquals(Files.readAllBytes(direct), Files.readAllBytes(appended), style.name());
        }
    }

    @Test
    void rowsOfTheWrongWidthAreRefused() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> new CsvFile.Rows(CsvStyle.DEFAULT, 2).row("a"));
        try (CsvFile f = new CsvFile(tmp.resolve("f.csv"), CsvStyle.DEFAULT, "a", "b")) {
            assertThrows(IllegalArgumentException.class, () -> f.append(new CsvFile.Rows(CsvStyle.DEFAULT, 3)));
        }
    }
}
