package org.attache.nlp.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.attache.model.Cancellation;
import org.attache.model.TextSpan;

/**
 * Pairs quotation marks paragraph by paragraph. Double marks are paired first with a stack (so
 * nested and unbalanced marks never pair across each other); single marks are paired only outside
 * double quotations, where they are quotations of their own rather than quotes within quotes.
 * A paragraph that opens with a mark that never closes, followed by a paragraph that opens with
 * a mark again, is one paragraph of a multi-paragraph quotation.
 */
final class MarkPairer {

    private MarkPairer() {
    }

    static List<MarkedSpan> pair(String text, List<TextSpan> paragraphs) {
        List<MarkedSpan> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Cancellation.check();
            TextSpan para = paragraphs.get(p);
            TextSpan next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
            List<QuoteMark> marks = QuoteMarks.in(text, para.start(), para.end());
            List<MarkedSpan> doubles = pairChannel(text, marks, false, para, next, List.of());
            List<MarkedSpan> singles = pairChannel(text, marks, true, para, next, doubles);
            for (MarkedSpan m : outermost(doubles, singles)) {
                if (!isAttributeValue(text, m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * Marks glued to "name=" quote the value of a markup attribute ({@code <tweet author="@someone">}) that a
     * plain-text export kept: nobody's words. They are still paired, so that the marks inside stay unpaired.
     */
    private static boolean isAttributeValue(String text, MarkedSpan m) {
        int eq = m.open() - 1;
        return eq > 0 && text.charAt(eq) == '=' && (Character.isLetterOrDigit(text.charAt(eq - 1))
                || text.charAt(eq - 1) == '-' || text.charAt(eq - 1) == '_');
    }

    private static List<MarkedSpan> pairChannel(String text, List<QuoteMark> marks, boolean single, TextSpan para,
                                                TextSpan next, List<MarkedSpan> outside) {
        List<MarkedSpan> out = new ArrayList<>();
        Deque<QuoteMark> open = new ArrayDeque<>();
        Inside inside = new Inside(outside);
        for (QuoteMark m : marks) {
            if (m.single() != single || inside.contains(m.start())) {
                continue;
            }
            if (!open.isEmpty() && m.canClose()) {
                QuoteMark o = open.pop();
                add(out, text, o.end(), m.start(), o.start(), m.end(), false);
            } else if (m.canOpen()) {
                open.push(m);
            }
            // a closing mark with nothing open is stray: dropped rather than paired with anything
        }
        QuoteMark first = open.peekLast();
        boolean lastMark = first != null && open.size() == 1 && marks.stream()
                .noneMatch(m -> m.single() == single && m.start() > first.start());
        if (first != null && (text.substring(para.start(), first.start()).isBlank() || lastMark) && next != null
                && opensWith(text, next, single)) {
            add(out, text, first.end(), para.end(), first.start(), para.end(), true);
        }
        return out;
    }

    private static void add(List<MarkedSpan> out, String text, int from, int to, int open, int close,
                            boolean continued) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        boolean hasWord = false;
        for (int i = s; i < e && !hasWord; i++) {
            hasWord = Character.isLetterOrDigit(text.charAt(i));
        }
        if (hasWord) {
            out.add(new MarkedSpan(open, new TextSpan(s, e), close, continued));
        }
    }

    private static boolean opensWith(String text, TextSpan para, boolean single) {
        List<QuoteMark> marks = QuoteMarks.in(text, para.start(), Math.min(para.end(), para.start() + 2));
        return !marks.isEmpty() && marks.get(0).start() == para.start() && marks.get(0).single() == single
                && marks.get(0).canOpen();
    }

    /**
     * The offsets strictly inside any of some spans, answered by binary search over the spans sorted by
     * their opening mark with the furthest close so far: linear over a paragraph of many marks.
     */
    private static final class Inside {
        private final int[] opens;
        private final int[] furthestClose;

        Inside(List<MarkedSpan> spans) {
            List<MarkedSpan> sorted = new ArrayList<>(spans);
            sorted.sort((x, y) -> Integer.compare(x.open(), y.open()));
            opens = new int[sorted.size()];
            furthestClose = new int[sorted.size()];
            int furthest = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                opens[i] = sorted.get(i).open();
                furthest = Math.max(furthest, sorted.get(i).close());
                furthestClose[i] = furthest;
            }
        }

        boolean contains(int offset) {
            int lo = 0;
            int hi = opens.length; // first span opening at or after offset
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (opens[mid] < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && furthestClose[lo - 1] > offset;
        }
    }

    /**
     * Quotes within quotes are part of the outer quotation, not quotations of their own. A sweep in
     * order of opening mark (widest first) finds them in n log n, where comparing every pair was
     * quadratic in the marks of a paragraph.
     */
    private static List<MarkedSpan> outermost(List<MarkedSpan> a, List<MarkedSpan> b) {
        List<MarkedSpan> all = new ArrayList<>(a);
        all.addAll(b);
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> all.get(x).open() != all.get(y).open()
                ? Integer.compare(all.get(x).open(), all.get(y).open())
                : Integer.compare(all.get(y).close(), all.get(x).close()));
        boolean[] nested = new boolean[all.size()];
        int furthestBefore = Integer.MIN_VALUE; // furthest close of the spans before the current group
        for (int g = 0; g < order.length; ) {
            MarkedSpan first = all.get(order[g]);
            int end = g;
            while (end < order.length && all.get(order[end]).open() == first.open()
                    && all.get(order[end]).close() == first.close()) {
                end++;
            }
            // a span is nested when one before it (opening no later, wider) closes at or after it;
            // spans with the very same marks do not hide each other
            boolean inside = furthestBefore >= first.close();
            for (int k = g; k < end; k++) {
                nested[order[k]] = inside;
            }
            furthestBefore = Math.max(furthestBefore, first.close());
            g = end;
        }
        List<MarkedSpan> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!nested[i]) {
                out.add(all.get(i));
            }
        }
        out.sort((x, y) -> Integer.compare(x.open(), y.open()));
        return out;
    }
}
