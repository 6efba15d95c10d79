package org.attache.nlp.quotes;

import org.attache.model.TextSpan;

/**
 * A pair of quotation marks and the words between them.
 *
 * @param open      offset of the opening mark
 * @param inner     the words inside the marks, trimmed of surrounding whitespace
 * @param close     offset just past the closing mark (the paragraph end when the quote runs on
 *                  into the next paragraph without closing)
 * @param continued the quote runs on into the next paragraph (multi-paragraph quotation)
 */
record MarkedSpan(int open, TextSpan inner, int close, boolean continued) {

    TextSpan outer() {
        return new TextSpan(open, close);
    }

    /**
     * Whether the quotation is its paragraph: nothing before its opening mark but a list number ("3.") and nothing
     * after its closing mark but punctuation, as in a quoted heading.
     */
    boolean standsAlone(String text, TextSpan para) {
        for (int i = para.start(); i < open; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isDigit(c) && c != '.' && c != ')') {
                return false;
            }
        }
        for (int i = close; i < para.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return !continued;
    }
}
