package org.attache.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a printed page repeats around its text: running headers and footers (a line near
 * the top or bottom that, once its digits are normalised, comes back on most pages) and page
 * numbers ("7", "- 7 -", "Page 7 of 12", "vii"). Only lines in the top or bottom band of a page
 * and among its first or last few lines are looked at, so body text that happens to repeat stays.
 * A header often has parts set apart on one baseline (the publisher on the left, the title and page
 * number on the right): each part counts on its own.
 */
final class PdfRunningLines {

    /** How many lines from the top and from the bottom of a page may be running lines. */
    static final int EDGE_LINES = 3;
    /** The share of the page height, from the top and from the bottom, a running line sits in. */
    static final double EDGE_BAND = 0.15;
    /** A line repeated on at least this share of the pages (and on two or more) is running. */
    static final double MIN_PAGE_SHARE = 0.5;
    /** Words further apart than this many times the font size are separate parts of a line. */
    private static final float PART_GAP = 2f;

    static final String HEADER_RULE = "pdf-running-header";
    static final String FOOTER_RULE = "pdf-running-footer";
    static final String PAGE_NUMBER_RULE = "pdf-page-number";

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:(?:page|p\\.|pg\\.?|seite|pagina|página)\\s*)?[-–—]?\\s*\\d{1,4}\\s*"
                    + "(?:(?:of|/|de|sur|von|di)\\s*\\d{1,4})?\\s*[-–—]?|[ivxlc]{1,7}", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_OF = Pattern.compile(
            "\\b(?:page|seite|pagina|página)\\s*\\d{1,4}\\s*(?:of|/|de|sur|von|di)\\s*\\d{1,4}\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** The pages without their running lines, and what was removed. */
    record Result(List<PdfPage> pages, List<Removal> removals) {
    }

    private PdfRunningLines() {
    }

    static Result remove(List<PdfPage> pages) {
        Map<String, Integer> pagesPerKey = new HashMap<>();
        for (PdfPage page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < page.lines().size(); i++) {
                if (edge(page, i) != null) {
                    for (PdfLine part : parts(page.lines().get(i))) {
                        keys.add(key(part.text()));
                    }
                }
            }
            keys.forEach(k -> pagesPerKey.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (int) Math.ceil(MIN_PAGE_SHARE * pages.size()));
        List<PdfPage> kept = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        for (PdfPage page : pages) {
            List<PdfLine> lines = new ArrayList<>();
            for (int i = 0; i < page.lines().size(); i++) {
                PdfLine line = page.lines().get(i);
                String edge = edge(page, i);
                if (edge == null) {
                    lines.add(line);
                    continue;
                }
                List<PdfLine.Word> words = new ArrayList<>();
                for (PdfLine part : parts(line)) {
                    String text = part.text().strip();
                    if (PAGE_NUMBER.matcher(text).matches() || PAGE_OF.matcher(text).find()) {
                        removals.add(new Removal(text, PAGE_NUMBER_RULE));
                    } else if (pagesPerKey.getOrDefault(key(text), 0) >= needed) {
                        removals.add(new Removal(text, edge));
                    } else {
                        words.addAll(part.words());
                    }
                }
                if (!words.isEmpty()) {
                    lines.add(line.withWords(words));
                }
            }
            kept.add(page.withLines(lines));
        }
        return new Result(kept, removals);
    }

    /** The line cut where its words stand far apart. */
    private static List<PdfLine> parts(PdfLine line) {
        List<PdfLine> parts = new ArrayList<>();
        List<PdfLine.Word> current = new ArrayList<>();
        float gap = PART_GAP * Math.max(line.fontSize(), 1);
        for (PdfLine.Word w : line.words()) {
            if (!current.isEmpty() && w.x0() - current.get(current.size() - 1).x1() > gap) {
                parts.add(line.withWords(current));
                current = new ArrayList<>();
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            parts.add(line.withWords(current));
        }
        return parts;
    }

    /** The rule a running line at this place would be removed by, or null when the line is not at an edge. */
    private static String edge(PdfPage page, int index) {
        List<PdfLine> lines = page.lines();
        PdfLine line = lines.get(index);
        float band = (float) (EDGE_BAND * page.height());
        if (index < EDGE_LINES && line.baseline() <= band) {
            return HEADER_RULE;
        }
        if (index >= lines.size() - EDGE_LINES && line.baseline() >= page.height() - band) {
            return FOOTER_RULE;
        }
        return null;
    }

    static String key(String text) {
        return DIGITS.matcher(TextStats.collapse(text).toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
