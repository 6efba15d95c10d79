package org.attache.report;

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
            return String.format(Locale.ROOT, "%.3f", n.doubleValue());
        }
        return n.toString();
    }

    static String cell(Object value) {
        return value instanceof Number n ? number(n) : text(value == null ? "" : value.toString());
    }
}
