package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The quote words of one whole document, cut once and sliced per window, so the quote stage does not
 * cut the same text again for every paragraph, quotation and name it looks around.
 *
 * <p>A slice is exactly what cutting the window alone gives ({@link QuoteTokenizer#cut}): a word's edges
 * depend on where a window is cut (a word joins over a hyphen or period only when the next character
 * is inside the window; a window starting inside a word starts a word there), so a slice re-cuts its
 * two edges: from {@code from} until the window's cut stands where the document's does (at
 * whitespace, at the start of a document word, or at {@code to}), and the last document word if it
 * runs past {@code to}. The document's words wholly between are the window's unchanged (docs/tokens.md).
 *
 * <p>Made by the quote stage for the document it reads, on its worker thread, for as long as it reads
 * it ({@link #over}); meanwhile {@link QuoteTokenizer#of} serves every window of that very text from here.
 */
final class DocumentQuoteTokens {

    private static final ThreadLocal<DocumentQuoteTokens> OPEN = new ThreadLocal<>();

    private final String text;
    private final QuoteToken[] words;
    private final int[] starts;

    private DocumentQuoteTokens(String text) {
        this.text = text;
        this.words = QuoteTokenizer.cut(text, 0, text.length()).toArray(new QuoteToken[0]);
        this.starts = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            starts[k] = words[k].start();
        }
    }

    /** Cuts {@code text} once and serves its windows on this thread while {@code work} runs. */
    static <T> T over(String text, Supplier<T> work) {
        DocumentQuoteTokens outer = OPEN.get();
        OPEN.set(new DocumentQuoteTokens(text));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                OPEN.remove();
            } else {
                OPEN.set(outer);
            }
        }
    }

    /** The layer open on this thread for this very text (the same string, not an equal one), or null. */
    static DocumentQuoteTokens openFor(String text) {
        DocumentQuoteTokens words = OPEN.get();
        return words != null && words.text == text ? words : null;
    }

    /** The words of {@code text[from, to)}, the same as {@link QuoteTokenizer#cut} cutting the window alone. */
    List<QuoteToken> slice(int from, int to) {
        if (from < 0 || to > text.length()) {
            return QuoteTokenizer.cut(text, from, to); // out of the text: fails exactly as a window cut does
        }
        List<QuoteToken> out = new ArrayList<>();
        int i = from < to && !inStep(from) ? QuoteTokenizer.cut(text, from, to, out, this) : from;
        for (int k = firstAtOrAfter(i); k < words.length && words[k].start() < to; k++) {
            if (words[k].end() > to) {
                QuoteTokenizer.cut(text, words[k].start(), to, out, null);
                break;
            }
            out.add(words[k]);
        }
        return out;
    }

    /** Whether the document's cut stands at {@code i} too: at the end, at whitespace or at a word's start. */
    boolean inStep(int i) {
        return i >= text.length() || Character.isWhitespace(text.charAt(i)) || Arrays.binarySearch(starts, i) >= 0;
    }

    private int firstAtOrAfter(int i) {
        int k = Arrays.binarySearch(starts, i);
        return k >= 0 ? k : -k - 1;
    }
}
