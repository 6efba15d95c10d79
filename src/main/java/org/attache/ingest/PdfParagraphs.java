package org.attache.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a PDF, in reading order, into paragraphs. A paragraph ends at a wider gap
 * than the usual line spacing, a change of font size, an indented next line, or a short line that
 * ends a sentence; it runs on across a column or page break when its last line does not end a
 * sentence and the next starts in lower case. A word hyphenated across two lines is rejoined
 * ("defen-" + "ce" gives "defence") unless the document writes it with a hyphen elsewhere
 * ("well-known"); soft hyphens are dropped and typographic ligatures (ﬁ, ﬂ, ...) spelled out. A list
 * item ("• ...", "- ...", "1. ...", "a) ...") starts a paragraph of its own.
 */
final class PdfParagraphs {

    /** A gap this many times the usual line spacing (for the font size) separates paragraphs. */
    private static final double GAP_FACTOR = 1.4;
    /** Font sizes further apart than this share are a heading next to body text. */
    private static final double FONT_CHANGE = 0.15;
    private static final Pattern TRAILING_FRAGMENT = Pattern.compile("(\\p{L}+)[-\u2010\u00AD]$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{Ll}[\\p{L}]*)");
    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+(?:[-\u2010]\\p{L}+)+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”’»)]$");
    /** A list item's mark: a bullet, a dash, or a number or letter with a dot or bracket. */
    private static final Pattern ITEM = Pattern.compile("(?:[•▪◦·●■–—-]|\\(?(?:\\d{1,2}|[a-z])[.)])\\s");

    private PdfParagraphs() {
    }

    /** The paragraphs of {@code runs} (each read top to bottom), in order. */
    static List<String> build(List<List<PdfLine>> runs) {
        double spacing = usualSpacing(runs);
        Set<String> compounds = compounds(runs);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PdfLine previous = null;
        for (List<PdfLine> run : runs) {
            float left = (float) run.stream().mapToDouble(PdfLine::x0).min().orElse(0);
            float right = (float) run.stream().mapToDouble(PdfLine::x1).max().orElse(0);
            for (int i = 0; i < run.size(); i++) {
                PdfLine line = run.get(i);
                String text = ligatures(line.text().strip());
                if (text.isEmpty()) {
                    continue;
                }
                boolean breaks = previous == null
                        || (i == 0 ? !runsOn(current, text)
                        : breaksBefore(previous, line, current, spacing, left, right));
                if (breaks) {
                    end(current, paragraphs);
                    current.append(text);
                } else {
                    join(current, text, compounds);
                }
                previous = line;
            }
        }
        end(current, paragraphs);
        return paragraphs;
    }

    private static boolean breaksBefore(PdfLine a, PdfLine b, CharSequence current, double spacing, float left,
                                        float right) {
        if (ITEM.matcher(b.text()).lookingAt()) {
            return true;
        }
        float size = Math.max(a.fontSize(), b.fontSize());
        if (size > 0 && Math.abs(a.fontSize() - b.fontSize()) > FONT_CHANGE * size) {
            return true;
        }
        float gap = b.baseline() - a.baseline();
        if (gap <= 0 || (spacing > 0 && a.fontSize() > 0 && gap / a.fontSize() > GAP_FACTOR * spacing)) {
            return true;
        }
        float indent = b.fontSize() > 0 ? b.fontSize() : 10;
        if (b.x0() - left > indent && a.x0() - left < indent / 2) {
            return true; // the next line is indented: a new paragraph
        }
        boolean shortLine = a.x1() < right - 0.15 * (right - left);
        return shortLine && SENTENCE_END.matcher(current).find();
    }

    /** Whether a paragraph goes on past a column or page break. */
    private static boolean runsOn(CharSequence current, String next) {
        return current.length() > 0 && !SENTENCE_END.matcher(current).find()
                && Character.isLowerCase(next.codePointAt(0));
    }

    private static void join(StringBuilder current, String next, Set<String> compounds) {
        Matcher fragment = TRAILING_FRAGMENT.matcher(current);
        Matcher word = LEADING_WORD.matcher(next);
        if (fragment.find() && word.find()) {
            char hyphen = current.charAt(current.length() - 1);
            String compound = (fragment.group(1) + "-" + word.group(1)).toLowerCase(Locale.ROOT);
            current.setLength(current.length() - 1);
            if (hyphen != '\u00AD' && compounds.contains(compound)) {
                current.append('-');
            }
            current.append(next);
        } else if (current.length() > 0 && endsWithHyphenAfterWord(current)) {
            current.append(next); // "anti-" + "NATO", "2019-" + "2024": the hyphen belongs to the word
        } else {
            current.append(' ').append(next);
        }
    }

    private static boolean endsWithHyphenAfterWord(CharSequence s) {
        int n = s.length();
        return n >= 2 && (s.charAt(n - 1) == '-' || s.charAt(n - 1) == '\u2010')
                && Character.isLetterOrDigit(s.charAt(n - 2));
    }

    private static void end(StringBuilder current, List<String> paragraphs) {
        String text = TextStats.collapse(current.toString());
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        current.setLength(0);
    }

    /** The median distance between baselines of consecutive lines of one size, per point of font size. */
    private static double usualSpacing(List<List<PdfLine>> runs) {
        List<Double> ratios = new ArrayList<>();
        for (List<PdfLine> run : runs) {
            for (int i = 1; i < run.size(); i++) {
                PdfLine a = run.get(i - 1);
                PdfLine b = run.get(i);
                float gap = b.baseline() - a.baseline();
                if (gap > 0 && a.fontSize() > 0 && Math.abs(a.fontSize() - b.fontSize()) < 0.5) {
                    ratios.add((double) gap / a.fontSize());
                }
            }
        }
        if (ratios.isEmpty()) {
            return 0;
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Hyphenated words written within a line ("well-known"), lower-cased: their hyphen is real. */
    private static Set<String> compounds(List<List<PdfLine>> runs) {
        Set<String> out = new HashSet<>();
        for (List<PdfLine> run : runs) {
            for (PdfLine line : run) {
                Matcher m = COMPOUND.matcher(line.text());
                while (m.find()) {
                    String c = m.group().replace('\u2010', '-').toLowerCase(Locale.ROOT);
                    String[] parts = c.split("-");
                    for (int i = 1; i < parts.length; i++) {
                        out.add(parts[i - 1] + "-" + parts[i]);
                    }
                }
            }
        }
        return out;
    }

    /** Spells out the typographic ligatures (U+FB00..U+FB06) that PDF fonts map single glyphs to. */
    static String ligatures(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String spelled = switch (c) {
                case '\uFB00' -> "ff";
                case '\uFB01' -> "fi";
                case '\uFB02' -> "fl";
                case '\uFB03' -> "ffi";
                case '\uFB04' -> "ffl";
                case '\uFB05', '\uFB06' -> "st";
                default -> null;
            };
            if (spelled != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (spelled != null) {
                    out.append(spelled);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
