package org.attache.nlp.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
            TextSpan para = paragraphs.get(p);
            TextSpan next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
            List<QuoteMark> marks = QuoteMarks.in(text, para.start(), para.end());
            List<MarkedSpan> doubles = pairChannel(text, marks, false, para, next, List.of());
            List<MarkedSpan> singles = pairChannel(text, marks, true, para, next, doubles);
            out.addAll(outermost(doubles, singles));
        }
        return out;
    }

    private static List<MarkedSpan> pairChannel(String text, List<QuoteMark> marks, boolean single, TextSpan para,
                                                TextSpan next, List<MarkedSpan> outside) {
        List<MarkedSpan> out = new ArrayList<>();
        Deque<QuoteMark> open = new ArrayDeque<>();
        for (QuoteMark m : marks) {
            if (m.single() != single || insideAny(m.start(), outside)) {
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

    private static boolean insideAny(int offset, List<MarkedSpan> spans) {
        for (MarkedSpan s : spans) {
            if (s.open() < offset && offset < s.close()) {
                return true;
            }
        }
        return false;
    }

    /** Quotes within quotes are part of the outer quotation, not quotations of their own. */
    private static List<MarkedSpan> outermost(List<MarkedSpan> a, List<MarkedSpan> b) {
        List<MarkedSpan> all = new ArrayList<>(a);
        all.addAll(b);
        List<MarkedSpan> out = new ArrayList<>();
        for (MarkedSpan s : all) {
            boolean nested = false;
            for (MarkedSpan t : all) {
                if (t != s && t.outer().contains(s.outer()) && !t.outer().equals(s.outer())) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(s);
            }
        }
        out.sort((x, y) -> Integer.compare(x.open(), y.open()));
        return out;
    }
}
