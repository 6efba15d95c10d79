package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import org.attache.nlp.quotes.QuoteMark.Orientation;

/**
 * Finds the quotation marks of one paragraph and tells opening from closing marks by their
 * neighbours. Apostrophes (’ between letters as in "Russia’s", or before a year as in "’91")
 * are not marks.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    static List<QuoteMark> in(String text, int from, int to) {
        List<QuoteMark> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u201C', '\u201D' -> out.add(new QuoteMark(i, 1, false, curly(text, i, from, to)));
                case '\u201E', '\u201F', '\u00AB' -> out.add(new QuoteMark(i, 1, false, Orientation.OPEN));
                case '\u00BB' -> out.add(new QuoteMark(i, 1, false, Orientation.CLOSE));
                case '"' -> out.add(new QuoteMark(i, 1, false, byNeighbours(text, i, 1, from, to)));
                case '\u2039' -> out.add(new QuoteMark(i, 1, true, Orientation.OPEN));
                case '\u203A' -> out.add(new QuoteMark(i, 1, true, Orientation.CLOSE));
                case '\'' -> {
                    if (i + 1 < to && text.charAt(i + 1) == '\'') {
                        // two apostrophes stand for a double mark in some archives (''Yes,'' he said)
                        out.add(new QuoteMark(i, 2, false, byNeighbours(text, i, 2, from, to)));
                        i++;
                    } else {
                        addSingle(out, text, i, from, to);
                    }
                }
                case '\u2018', '\u2019', '\u201B' -> addSingle(out, text, i, from, to);
                default -> {
                }
            }
        }
        return out;
    }

    private static void addSingle(List<QuoteMark> out, String text, int i, int from, int to) {
        char before = i > from ? text.charAt(i - 1) : ' ';
        char after = i + 1 < to ? text.charAt(i + 1) : ' ';
        if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
            return; // an apostrophe inside a word
        }
        if (!Character.isLetterOrDigit(before) && Character.isDigit(after)
                && (i + 3 >= to || !Character.isDigit(text.charAt(i + 3)))) {
            return; // an elided year: ’91, '90s
        }
        Orientation o = byNeighbours(text, i, 1, from, to);
        if (text.charAt(i) == '\u2018' && o != Orientation.CLOSE) {
            o = Orientation.OPEN;
        } else if (text.charAt(i) == '\u2019') {
            o = o == Orientation.OPEN ? Orientation.EITHER : Orientation.CLOSE;
        }
        out.add(new QuoteMark(i, 1, true, o));
    }

    /**
     * A curly double mark is read by its shape, unless its neighbours say the opposite: typed the wrong way
     * round ("”Fear. I am afraid”", "…Mostly False.“") it may then pair either way.
     */
    private static Orientation curly(String text, int i, int from, int to) {
        Orientation shape = text.charAt(i) == '\u201C' ? Orientation.OPEN : Orientation.CLOSE;
        Orientation place = byNeighbours(text, i, 1, from, to);
        return place == Orientation.EITHER || place == shape ? shape : Orientation.EITHER;
    }

    /** Open after a space or opening bracket, close before a space or punctuation; either when glued. */
    private static Orientation byNeighbours(String text, int i, int length, int from, int to) {
        boolean spaceBefore = i == from || opensAfter(text.charAt(i - 1));
        boolean spaceAfter = i + length >= to || closesBefore(text.charAt(i + length));
        if (spaceBefore && !spaceAfter) {
            return Orientation.OPEN;
        }
        if (!spaceBefore && spaceAfter) {
            return Orientation.CLOSE;
        }
        return Orientation.EITHER;
    }

    private static boolean opensAfter(char c) {
        return Character.isWhitespace(c) || "([{\u2014\u2013-/\u201C\u2018\u00AB".indexOf(c) >= 0;
    }

    private static boolean closesBefore(char c) {
        return Character.isWhitespace(c) || ".,;:!?)]}\u2014\u2013\u201D\u2019\u00BB".indexOf(c) >= 0;
    }
}
