package org.attache.nlp.quotes;

import java.util.Arrays;
import java.util.List;
import org.attache.model.TextSpan;

/**
 * Sentence bounds around quotation marks, read from the tokens of the clean text: where the sentence holding an
 * offset starts, and whether quoted words close their sentence.
 */
final class SentenceBounds {

    private SentenceBounds() {
    }

    /** Where the sentence holding {@code at} starts: after the last sentence-final mark before it. */
    static int sentenceStart(String text, int from, int at) {
        List<QuoteToken> toks = QuoteTokenizer.of(text, from, at);
        for (int k = toks.size() - 1; k >= 0; k--) {
            QuoteToken t = toks.get(k);
            if (t.is(".") || t.is("!") || t.is("?")) {
                return t.end();
            }
        }
        return from;
    }

    /** Whether quoted words close their sentence inside the marks ("… a costly mistake."). */
    static boolean endsSentence(String text, TextSpan inner) {
        return inner.length() > 0 && ".!?".indexOf(text.charAt(inner.end() - 1)) >= 0;
    }

    /** Where each sentence-final mark of a paragraph ends, in order: a paragraph is read once, not once per quotation. */
    static int[] sentenceEnds(String text, TextSpan para) {
        return QuoteTokenizer.of(text, para.start(), para.end()).stream()
                .filter(t -> t.is(".") || t.is("!") || t.is("?")).mapToInt(QuoteToken::end).toArray();
    }

    /** The start of the sentence holding {@code at}: the last sentence end at or before it, else {@code from}. */
    static int sentenceStart(int[] sentenceEnds, int from, int at) {
        int i = Arrays.binarySearch(sentenceEnds, at);
        int last = i >= 0 ? i : -i - 2;
        return last >= 0 ? Math.max(from, sentenceEnds[last]) : from;
    }
}
