package org.attache.nlp.quotes;

/**
 * One quotation mark found in the text.
 *
 * @param start       offset of the mark
 * @param length      1, or 2 for a doubled apostrophe used as a double mark ('')
 * @param single      a single mark (‘ ’ ' ‹ ›), as opposed to a double one (“ ” " « » „)
 * @param orientation whether it can only open, only close, or either
 */
record QuoteMark(int start, int length, boolean single, Orientation orientation) {

    enum Orientation { OPEN, CLOSE, EITHER }

    int end() {
        return start + length;
    }

    boolean canOpen() {
        return orientation != Orientation.CLOSE;
    }

    boolean canClose() {
        return orientation != Orientation.OPEN;
    }
}
