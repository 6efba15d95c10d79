package org.attache.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes cell values safe and stable for spreadsheets. */
public final class CsvCells {

    /** Excel refuses cells longer than this. */
    static final int MAX_CELL = 32_767;
    static final String TRUNCATED = " [truncated]";

    private CsvCells() {
    }

    /** What makes a spreadsheet run a cell as a formula; the apostrophe is here so the guard can be undone. */
    private static final String GUARDED = "=+-@\t\r'";
    private static final Pattern UNGUARD = Pattern.compile("(^|;)'");

    /**
     * A text cell as written: a leading {@code = + - @}, tab or CR would make a spreadsheet evaluate
     * the cell as a formula, and so would the same right after a {@code ;} where the spreadsheet splits
     * on semicolons (comma-decimal locales), so an apostrophe goes before each. A cell or part that
     * already starts with an apostrophe gets one too, so the guard is reversible: dropping one
     * apostrophe at the start and after each {@code ;} gives back the value ({@code -x} and {@code '-x}
     * stay apart as {@code '-x} and {@code ''-x}). Over-long cells are cut with a marker.
     */
    public static String text(String value) {
        String v = guard(value == null ? "" : value);
        if (v.length() > MAX_CELL) {
            int cut = MAX_CELL - TRUNCATED.length();
            if (Character.isHighSurrogate(v.charAt(cut - 1))) {
                cut--;
            }
            v = v.substring(0, cut) + TRUNCATED;
        }
        return v;
    }

    private static String guard(String v) {
        boolean semicolons = v.indexOf(';') >= 0;
        if (!semicolons) {
            return !v.isEmpty() && GUARDED.indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        }
        StringBuilder out = new StringBuilder(v.length() + 4);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((i == 0 || v.charAt(i - 1) == ';') && GUARDED.indexOf(c) >= 0) {
                out.append('\'');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The value a guarded text cell was written from (drops one apostrophe at the start and after each {@code ;}). */
    public static String unguard(String cell) {
        return cell.indexOf('\'') < 0 ? cell : UNGUARD.matcher(cell).replaceAll("$1");
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
