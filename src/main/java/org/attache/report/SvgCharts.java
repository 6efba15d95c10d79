package org.attache.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for report.html, drawn from plain numbers: no scripts, no external fonts, the same
 * bytes for the same input. Every label passes through {@link Html#escape}.
 */
final class SvgCharts {

    /** One bar: label, value, fill colour, and the tooltip shown on hover. */
    record Bar(String label, int value, String color, String tooltip) {
    }

    /** One line: name, colour, and a value per period. */
    record Series(String name, String color, int[] values) {
    }

    /** A coloured square with a name, explaining a colour. */
    record Key(String name, String color) {
    }

    /** Colour-blind-safe series colours (Okabe and Ito). */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
            "#7A5C00", "#444444");

    private static final int WIDTH = 920;
    private static final String FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, "
            + "sans-serif\"";

    private SvgCharts() {
    }

    /** Horizontal bars, largest first as given, with the value at the end of each bar. */
    static String bars(String title, String axisTitle, List<Bar> bars, List<Key> legend) {
        int labelWidth = 230;
        int left = labelWidth + 10;
        int right = WIDTH - 70;
        int top = legend.isEmpty() ? 46 : 70;
        int row = 24;
        int height = top + bars.size() * row + 56;
        int max = bars.stream().mapToInt(Bar::value).max().orElse(0);
        Ticks ticks = Ticks.of(max);
        StringBuilder sb = open(height, title);
        legend(sb, legend, left, 50);
        double scale = (right - left) / (double) ticks.max();
        for (int t = 0; t <= ticks.max(); t += ticks.step()) {
            double x = left + t * scale;
            sb.append(line(x, top - 4, x, top + bars.size() * row, "#e3e6ea"));
            sb.append(text(x, top + bars.size() * row + 16, "middle", "#555", 11, Integer.toString(t)));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = top + i * row;
            double w = Math.max(b.value() * scale, b.value() > 0 ? 1.5 : 0);
            sb.append(text(labelWidth, y + 16, "end", "#222", 12.5, Html.shorten(b.label(), 34)));
            sb.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>\n",
                    left, y + 3, w, row - 6, b.color(), Html.escape(b.tooltip())));
            sb.append(text(left + w + 5, y + 16, "start", "#222", 12, Integer.toString(b.value())));
        }
        sb.append(line(left, top - 4, left, top + bars.size() * row, "#888"));
        sb.append(text((left + right) / 2.0, height - 12, "middle", "#333", 12.5, axisTitle));
        return sb.append("</svg>\n").toString();
    }

    /**
     * Lines over consecutive periods, with a dot at every period that has data and a legend on the right.
     * Periods without data ({@code hasData} false) are skipped: the line joins the periods around them, and a
     * grey tick on the axis marks the periods that have data.
     */
    static String lines(String title, String xTitle, String yTitle, List<String> periods, boolean[] hasData,
                        List<Series> series) {
        int left = 72;
        int right = WIDTH - 190;
        int top = 46;
        int plotHeight = 250;
        int bottom = top + plotHeight;
        int height = bottom + 96;
        int max = series.stream().flatMapToInt(s -> Arrays.stream(s.values())).max().orElse(0);
        Ticks ticks = Ticks.of(max);
        StringBuilder sb = open(height, title);
        double yScale = plotHeight / (double) ticks.max();
        for (int t = 0; t <= ticks.max(); t += ticks.step()) {
            double y = bottom - t * yScale;
            sb.append(line(left, y, right, y, t == 0 ? "#888" : "#e3e6ea"));
            sb.append(text(left - 8, y + 4, "end", "#555", 11, Integer.toString(t)));
        }
        int n = periods.size();
        double xStep = n > 1 ? (right - left) / (double) (n - 1) : 0;
        double x0 = n > 1 ? left : (left + right) / 2.0;
        int every = Math.max(1, (int) Math.ceil(n / 14.0));
        for (int i = 0; i < n; i++) {
            double x = x0 + i * xStep;
            if (hasData[i]) {
                sb.append(line(x, bottom, x, bottom + 4, "#888"));
            }
            if (i % every != 0) {
                continue;
            }
            sb.append(line(x, bottom, x, bottom + 7, "#555"));
            sb.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" fill=\"#555\" font-size=\"11\" "
                            + "transform=\"rotate(-40 %.1f %d)\">%s</text>\n",
                    x, bottom + 16, x, bottom + 16, Html.escape(periods.get(i))));
        }
        for (int s = 0; s < series.size(); s++) {
            Series ser = series.get(s);
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (!hasData[i]) {
                    continue;
                }
                double x = x0 + i * xStep;
                double y = bottom - ser.values()[i] * yScale;
                points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", points.length() == 0 ? "" : " ", x, y));
                {
                    dots.append(String.format(Locale.ROOT,
                            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s, %s: %d mentions</title>"
                                    + "</circle>\n", x, y, ser.color(), Html.escape(ser.name()),
                            Html.escape(periods.get(i)), ser.values()[i]));
                }
            }
            sb.append(String.format(Locale.ROOT,
                    "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-linejoin=\"round\" "
                            + "points=\"%s\"/>\n", ser.color(), points));
            sb.append(dots);
            double ly = top + 8 + s * 22;
            sb.append(line(right + 20, ly, right + 44, ly, ser.color(), 3));
            sb.append(text(right + 50, ly + 4, "start", "#222", 12.5, Html.shorten(ser.name(), 20)));
        }
        sb.append(line(left, top, left, bottom, "#888"));
        sb.append(text((left + right) / 2.0, height - 8, "middle", "#333", 12.5, xTitle));
        sb.append(String.format(Locale.ROOT,
                "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#333\" font-size=\"12.5\" "
                        + "transform=\"rotate(-90 16 %.1f)\">%s</text>\n",
                top + plotHeight / 2.0, top + plotHeight / 2.0, Html.escape(yTitle)));
        return sb.append("</svg>\n").toString();
    }

    /** A grid of counts: darker cells for more; each cell shows its number. */
    static String heatMap(String title, List<String> rowLabels, List<String> rowTooltips, List<String> columns,
                          int[][] values) {
        int labelWidth = 350;
        int left = labelWidth + 10;
        int cols = Math.max(1, columns.size());
        int cell = Math.max(28, Math.min(64, (WIDTH - left - 60) / cols));
        int rowHeight = 22;
        int top = 30 + (int) Math.ceil(0.72 * 7 * columns.stream().mapToInt(c -> Math.min(24, c.length())).max()
                .orElse(0)) + 16;
        int height = top + rowLabels.size() * rowHeight + 20;
        int max = 1;
        for (int[] r : values) {
            for (int v : r) {
                max = Math.max(max, v);
            }
        }
        StringBuilder sb = open(height, title);
        for (int c = 0; c < columns.size(); c++) {
            double x = left + c * cell + cell / 2.0;
            sb.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"start\" fill=\"#222\" font-size=\"12\" "
                            + "transform=\"rotate(-45 %.1f %d)\">%s</text>\n",
                    x, top - 8, x, top - 8, Html.escape(Html.shorten(columns.get(c), 24))));
        }
        for (int r = 0; r < rowLabels.size(); r++) {
            double y = top + r * rowHeight;
            sb.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#222\" font-size=\"12\">%s<title>%s</title>"
                            + "</text>\n", labelWidth, y + 15, Html.escape(Html.shorten(rowLabels.get(r), 50)),
                    Html.escape(rowTooltips.get(r))));
            for (int c = 0; c < columns.size(); c++) {
                int v = values[r][c];
                double t = v == 0 ? 0 : 0.15 + 0.85 * Math.sqrt(v / (double) max);
                double x = left + c * cell;
                sb.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\">"
                                + "<title>%s \u2013 %s: %d mentions</title></rect>\n",
                        x, y, cell, rowHeight, blue(t), Html.escape(columns.get(c)),
                        Html.escape(rowTooltips.get(r)), v));
                if (v > 0) {
                    sb.append(text(x + cell / 2.0, y + 15, "middle", t > 0.55 ? "#fff" : "#123", 11,
                            Integer.toString(v)));
                }
            }
        }
        return sb.append("</svg>\n").toString();
    }

    /** White to dark blue, {@code t} in 0..1. */
    static String blue(double t) {
        int[] from = {246, 248, 251};
        int[] to = {8, 48, 107};
        int[] c = new int[3];
        for (int i = 0; i < 3; i++) {
            c[i] = (int) Math.round(from[i] + (to[i] - from[i]) * t);
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
    }

    private static void legend(StringBuilder sb, List<Key> keys, int x, int y) {
        int at = x;
        for (Key k : keys) {
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
                    at, y - 10, k.color()));
            sb.append(text(at + 17, y, "start", "#333", 12, k.name()));
            at += 30 + 7 * k.name().length();
        }
    }

    private static StringBuilder open(int height, String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                        + "role=\"img\" aria-label=\"%s\" %s>\n", WIDTH, height, WIDTH, height, Html.escape(title),
                FONT));
        sb.append("<title>").append(Html.escape(title)).append("</title>\n");
        sb.append(String.format(Locale.ROOT,
                "<text x=\"0\" y=\"20\" fill=\"#111\" font-size=\"16\" font-weight=\"600\">%s</text>\n",
                Html.escape(title)));
        return sb;
    }

    private static String text(double x, double y, String anchor, String fill, double size, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\" font-size=\"%s\">"
                + "%s</text>\n", x, y, anchor, fill, number(size), Html.escape(content));
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return line(x1, y1, x2, y2, stroke, 1);
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, int width) {
        return String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"/>\n",
                x1, y1, x2, y2, stroke, width);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Round axis ticks: a step of 1, 2 or 5 times a power of ten, about five ticks up to {@code max}. */
    record Ticks(int step, int max) {
        static Ticks of(int value) {
            int v = Math.max(1, value);
            int step = 1;
            while (v / step > 6) {
                int magnitude = step;
                step = magnitude * 2;
                if (v / step <= 6) {
                    break;
                }
                step = magnitude * 5;
                if (v / step <= 6) {
                    break;
                }
                step = magnitude * 10;
            }
            int max = ((v + step - 1) / step) * step;
            return new Ticks(step, max);
        }
    }
}
