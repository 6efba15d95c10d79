package org.attache.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Makes cell values safe and stable for spreadsheets. */
public final class CsvCells {

    /** Excel refuses cells longer than this. */
    static final int MAX_CELL = 32_767;
    static final String TRUNCATED = " [truncated]";

    private CsvCells() {
    }

    /**
     * A text cell as written: a leading {@code = + - @}, tab or CR would make a spreadsheet evaluate
     * the cell as a formula, so such cells get a leading apostrophe; over-long cells are cut with a marker.
     */
    public static String text(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.length() > MAX_CELL) {
            int cut = MAX_CELL - TRUNCATED.length();
            if (Character.isHighSurrogate(v.charAt(cut - 1))) {
                cut--;
            }
            v = v.substring(0, cut) + TRUNCATED;
        }
        return v;
    }

    /** A number cell: integers as is, fractions with three decimals and a dot, whatever the locale. */
    public static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return threeDecimals(n.doubleValue());
        }
        return n.toString();
    }

    /**
     * What {@code String.format(Locale.ROOT, "%.3f", v)} gives, without the cost of a Formatter (a report
     * formats one confidence per mention): the Formatter rounds the shortest decimal form of the double
     * half up, and so does this.
     */
    static String threeDecimals(double v) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        String s = new BigDecimal(Double.toString(v)).setScale(3, RoundingMode.HALF_UP).toPlainString();
        // BigDecimal has no negative zero; the Formatter keeps the sign of -0.0 and of what rounds to 0
        return (v < 0 || 1 / v < 0) && s.charAt(0) != '-' ? "-" + s : s;
    }

    static String cell(Object value) {
        return value instanceof Number n ? number(n) : text(value == null ? "" : value.toString());
    }
}
