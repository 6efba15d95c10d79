package org.attache.nlp.maxent;

import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The context features of our name finder's descriptor ({@code features.xml}), exactly the strings
 * OpenNLP's generators make and in the same order, for the tokens of one window. OpenNLP works
 * each word's shape and lower case out again for every window position that looks at it (five
 * times for the +-2 windows, more for bigrams and previous-outcome features); here each distinct
 * word is a {@link WordFeatures} worked out once, and the features go to a {@link FeatureSink} piece by piece.
 * <p>
 * The features of token i that do not depend on the beam's previous outcomes are
 * {@link #generated}; the four that do are {@link #previousOutcomes}.
 */
final class NameFeatures {

    private static final int[] BEFORE = {WordFeatures.BEFORE_1, WordFeatures.BEFORE_2};
    private static final int[] AFTER = {WordFeatures.AFTER_1, WordFeatures.AFTER_2};

    private final WordFeatures[] words;

    NameFeatures(String[] tokens, WordFeatureCache vocabulary) {
        this.words = new WordFeatures[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = vocabulary.of(tokens[i]);
        }
    }

    int size() {
        return words.length;
    }

    /**
     * The features of token i that do not depend on earlier outcomes, in the descriptor's order:
     * token class and word+class in a +-2 window, lower-cased word in a +-2 window, prefixes,
     * suffixes, token pattern, the outcome prior, the previous decision for this word in the
     * document ({@code previous}), bigrams, sentence begin.
     */
    void generated(int i, Map<String, String> previous, FeatureSink out) {
        WordFeatures w = words[i];
        window(i, WordFeatures::tokenClass, WordFeatures::wordAndClass, out);
        window(i, WordFeatures::lowerWord, null, out);
        for (int slot = w.firstOwnSlot(); slot < w.slotCount(); slot++) {
            out.feature(w, slot);
        }
        out.part("def").end();
        out.part("pd=").part(String.valueOf(previous.get(w.token))).end();
        if (i > 0) {
            WordFeatures before = words[i - 1];
            out.part("pw,w=").part(before.token).part(",").part(w.token).end();
            out.part("pwc,wc=").part(before.shape).part(",").part(w.shape).end();
        }
        if (i + 1 < words.length) {
            WordFeatures after = words[i + 1];
            out.part("w,nw=").part(w.token).part(",").part(after.token).end();
            out.part("wc,nc=").part(w.shape).part(",").part(after.shape).end();
        }
        if (i == 0) {
            out.part("S=begin").end();
        }
    }

    /** The features of token i that depend on the outcomes of the two tokens before it ("other" before the start). */
    void previousOutcomes(int i, String previousOutcome, String outcomeBefore, FeatureSink out) {
        WordFeatures w = words[i];
        out.part("po=").part(previousOutcome).end();
        out.part("pow=").part(previousOutcome).part(",").part(w.token).end();
        out.part("powf=").part(previousOutcome).part(",").part(w.shape).end();
        out.part("ppo=").part(outcomeBefore).end();
    }

    /** One +-2 window generator: token i's features, then those of the tokens before it, then after it. */
    private void window(int i, IntUnaryOperator first, IntUnaryOperator second,
            FeatureSink out) {
        emit(words[i], WordFeatures.AT, first, second, out);
        for (int d = 1; d <= BEFORE.length && i - d >= 0; d++) {
            emit(words[i - d], BEFORE[d - 1], first, second, out);
        }
        for (int d = 1; d <= AFTER.length && i + d < words.length; d++) {
            emit(words[i + d], AFTER[d - 1], first, second, out);
        }
    }

    private static void emit(WordFeatures w, int at, IntUnaryOperator first,
            IntUnaryOperator second, FeatureSink out) {
        out.feature(w, first.applyAsInt(at));
        if (second != null) {
            out.feature(w, second.applyAsInt(at));
        }
    }
}
