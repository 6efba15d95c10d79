package org.attache.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cellsAFormulaWouldRunGetAnApostrophe() {
        assertEquals("'=1+1", CsvCells.text("=1+1"));
        assertEquals("'+44 20 7946 0000", CsvCells.text("+44 20 7946 0000"));
        assertEquals("'-5 percent", CsvCells.text("-5 percent"));
        assertEquals("'@SUM(A1)", CsvCells.text("@SUM(A1)"));
        assertEquals("'\tcmd", CsvCells.text("\tcmd"));
        assertEquals("'\rcmd", CsvCells.text("\rcmd"));
    }

    @Test
    void otherCellsAreLeftAlone() {
        assertEquals("NATO", CsvCells.text("NATO"));
        assertEquals(" =not a formula", CsvCells.text(" =not a formula"));
        assertEquals("a=b", CsvCells.text("a=b"));
        assertEquals("", CsvCells.text(""));
        assertEquals("", CsvCells.text(null));
    }

    @Test
    void aFormulaAfterASemicolonIsGuardedForSpreadsheetsThatSplitOnSemicolons() {
        assertEquals("x;'=6*7;y", CsvCells.text("x;=6*7;y"));
        assertEquals("'=1;'+2;'-3;'@A1;'\tz;b", CsvCells.text("=1;+2;-3;@A1;\tz;b"));
        assertEquals("a; =b;c=d", CsvCells.text("a; =b;c=d"), "as at the start, a space first is not a formula");
    }

    @Test
    void theGuardIsReversibleSoDistinctValuesStayDistinct() {
        assertEquals("'-x.txt", CsvCells.text("-x.txt"));
        assertEquals("''-x.txt", CsvCells.text("'-x.txt"));
        assertEquals("''quoted'", CsvCells.text("'quoted'"));
        assertEquals("a;''b", CsvCells.text("a;'b"));
        Random random = new Random(5);
        String alphabet = "=+-@;' a\t\r";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = value.toString();
            String written = CsvCells.text(v);
            // the README's undo, as in pandas: str.replace(r"(^|;)'", r"\1", regex=True)
            assertEquals(v, written.replaceAll("(^|;)'", "$1"), "value [" + v + "]");
            assertFalse(written.matches("(?s)(^|.*;)[=+\\-@\t\r].*"), "a formula start left in [" + written + "]");
        }
    }

    @Test
    void numbersStayNumbersWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.750", CsvCells.cell(0.75));
            assertEquals("12345", CsvCells.cell(12345));
            assertEquals("-3", CsvCells.cell(-3), "a negative number is a number, not a formula");
            assertEquals("7", CsvCells.cell(7L));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void threeDecimalsMatchTheFormatterExactly() {
        double[] edges = {0, -0.0, 0.0005, 0.0015, 0.0025, -0.0004, -0.0005, 1e-10, -1e-10, 0.9995, 0.1 + 0.2,
                1e20, -1e20, 123456789.0005, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.95, 0.85, 0.7455};
        for (double v : edges) {
            assertEquals(String.format(Locale.ROOT, "%.3f", v), CsvCells.threeDecimals(v), "value " + v);
        }
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> Math.round(random.nextDouble() * 100_000) / 100_000.0 - 0.5; // many exact halves
                case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(30) - 10);
                default -> Double.longBitsToDouble(random.nextLong());
            };
            assertEquals(String.format(Locale.ROOT, "%.3f", v), CsvCells.threeDecimals(v), "value " + v);
            float f = (float) v;
            assertEquals(String.format(Locale.ROOT, "%.3f", f), CsvCells.number(f), "float " + f);
        }
    }

    @Test
    void overlongCellsAreCutToExcelsLimitWithAVisibleMarker() {
        String cell = CsvCells.text("x".repeat(40_000));
        assertEquals(CsvCells.MAX_CELL, cell.length());
        assertTrue(cell.endsWith(CsvCells.TRUNCATED));
        assertEquals(CsvCells.MAX_CELL, CsvCells.text("y".repeat(CsvCells.MAX_CELL)).length(), "exactly the limit");
        assertFalse(CsvCells.text("y".repeat(CsvCells.MAX_CELL)).endsWith(CsvCells.TRUNCATED));
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < CsvCells.MAX_CELL + 10) {
                if (random.nextBoolean()) {
                    sb.appendCodePoint(0x1F600 + random.nextInt(40));
                } else {
                    sb.append('a');
                }
            }
            String cell = CsvCells.text(sb.toString());
            assertTrue(cell.length() <= CsvCells.MAX_CELL);
            String kept = cell.substring(0, cell.length() - CsvCells.TRUNCATED.length());
            assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)), "split pair at " + i);
            assertEquals(kept.codePoints().count(), kept.codePoints().filter(Character::isValidCodePoint).count());
        }
    }
}
