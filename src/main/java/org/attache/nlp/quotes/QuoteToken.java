package org.attache.nlp.quotes;

import java.util.Locale;

/** A word or punctuation token of the clean text, with its character span. */
record QuoteToken(int start, int end, String text, boolean word) {

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalized() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    boolean is(String punctuation) {
        return !word && text.equals(punctuation);
    }
}
