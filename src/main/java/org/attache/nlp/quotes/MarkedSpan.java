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
}
