package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a page's lines in reading order when the page is set in two columns. PDFBox, sorting by
 * position, reads straight across the page, so a line of the left column and one of the right
 * that share a baseline come out as one line. A gutter is a vertical strip in the middle of the
 * page that almost no line crosses while many lines sit on each side of it; lines that cross it
 * (a title, a footnote) stay whole, and each run of lines between them is read as its left
 * column, then its right column. A page without such a strip is one column. Stateless.
 */
final class PdfColumns {

    /** Width of the strips the page is cut into to find a gutter, in points. */
    private static final float BIN = 2f;
    /** A gutter is at least this wide, in points: wider than any space between words. */
    private static final float MIN_GUTTER = 8f;
    /** At most this share of a page's lines may cross a gutter (titles, rules, footnotes). */
    private static final double MAX_CROSSING = 0.15;
    /** At least this many lines sit on each side of a gutter. */
    private static final int MIN_SIDE_LINES = 3;

    private PdfColumns() {
    }

    /**
     * The page's lines in reading order, cut into runs: a run is read top to bottom, and a new run
     * starts where the reading jumps (to the top of the right column, or back to full width).
     */
    static List<List<PdfLine>> runs(PdfPage page) {
        List<PdfLine> lines = page.lines();
        float[] gutter = gutter(lines, page.width());
        if (gutter == null) {
            return lines.isEmpty() ? List.of() : List.of(lines);
        }
        List<List<PdfLine>> runs = new ArrayList<>();
        List<PdfLine> full = new ArrayList<>();
        List<PdfLine> left = new ArrayList<>();
        List<PdfLine> right = new ArrayList<>();
        for (PdfLine line : lines) {
            if (crosses(line, gutter)) {
                flush(runs, left);
                flush(runs, right);
                full.add(line);
                continue;
            }
            flush(runs, full);
            List<PdfLine.Word> l = new ArrayList<>();
            List<PdfLine.Word> r = new ArrayList<>();
            for (PdfLine.Word w : line.words()) {
                (w.x1() <= gutter[0] + BIN ? l : r).add(w);
            }
            if (!l.isEmpty()) {
                left.add(line.withWords(l));
            }
            if (!r.isEmpty()) {
                right.add(line.withWords(r));
            }
        }
        flush(runs, full);
        flush(runs, left);
        flush(runs, right);
        return runs;
    }

    private static void flush(List<List<PdfLine>> runs, List<PdfLine> run) {
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
            run.clear();
        }
    }

    private static boolean crosses(PdfLine line, float[] gutter) {
        for (PdfLine.Word w : line.words()) {
            if (w.x0() < gutter[1] - BIN && w.x1() > gutter[0] + BIN) {
                return true;
            }
        }
        return false;
    }

    /** The widest strip in the middle of the page few lines cross, as {start, end} in points, or null. */
    static float[] gutter(List<PdfLine> lines, float width) {
        if (lines.size() < MIN_SIDE_LINES || width <= 0) {
            return null;
        }
        int bins = (int) Math.ceil(width / BIN) + 1;
        int[] cover = new int[bins];
        for (PdfLine line : lines) {
            boolean[] seen = new boolean[bins];
            for (PdfLine.Word w : line.words()) {
                int from = clamp((int) (w.x0() / BIN), bins);
                int to = clamp((int) (w.x1() / BIN), bins);
                for (int b = from; b <= to; b++) {
                    if (!seen[b]) {
                        seen[b] = true;
                        cover[b]++;
                    }
                }
            }
        }
        int allowed = (int) (MAX_CROSSING * lines.size());
        int lo = (int) (0.3 * width / BIN);
        int hi = (int) (0.7 * width / BIN);
        float[] best = null;
        for (int b = lo; b <= hi && b < bins; b++) {
            if (cover[b] > allowed) {
                continue;
            }
            int end = b;
            while (end + 1 < bins && cover[end + 1] <= allowed) {
                end++;
            }
            while (b > 0 && cover[b - 1] <= allowed) {
                b--;
            }
            float start = b * BIN;
            float stop = (end + 1) * BIN;
            if (stop - start >= MIN_GUTTER && (best == null || stop - start > best[1] - best[0])
                    && sides(lines, start, stop)) {
                best = new float[] {start, stop};
            }
            b = end;
        }
        return best;
    }

    /** Whether enough lines have words wholly left and wholly right of the strip: two columns, not a margin. */
    private static boolean sides(List<PdfLine> lines, float start, float stop) {
        int left = 0;
        int right = 0;
        for (PdfLine line : lines) {
            boolean l = false;
            boolean r = false;
            for (PdfLine.Word w : line.words()) {
                l |= w.x1() <= start + BIN;
                r |= w.x0() >= stop - BIN;
            }
            left += l ? 1 : 0;
            right += r ? 1 : 0;
        }
        return left >= MIN_SIDE_LINES && right >= MIN_SIDE_LINES && filled(lines, start);
    }

    /**
     * Whether enough lines of the left side run up to the strip, as the lines of a column of text do
     * (labels of a two-column table stop well short of their values: that is no gutter).
     */
    private static boolean filled(List<PdfLine> lines, float start) {
        float margin = Float.MAX_VALUE;
        for (PdfLine line : lines) {
            margin = Math.min(margin, line.x0());
        }
        float reach = start - 0.2f * (start - margin);
        int filled = 0;
        for (PdfLine line : lines) {
            float end = 0;
            for (PdfLine.Word w : line.words()) {
                if (w.x1() <= start + BIN) {
                    end = Math.max(end, w.x1());
                }
            }
            filled += end >= reach ? 1 : 0;
        }
        return filled >= MIN_SIDE_LINES;
    }

    private static int clamp(int bin, int bins) {
        return Math.max(0, Math.min(bins - 1, bin));
    }
}
