package org.attache.nlp.maxent;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.TokenPatternFeatureGenerator;

/**
 * A word as the name finder sees it: its lower case, its shape, and the features that depend on
 * nothing but the word, each numbered by a slot. Words repeat ("the", "NATO", "said"), so each
 * is worked out once per thread ({@link WordFeatureCache}), and a sink may keep the parameters of its features.
 */
final class WordFeatures {

    /** Prefixes of the +-2 window features: this word, 1 and 2 before, 1 and 2 after. */
    static final String[] WINDOW_PREFIXES = {"", "p1", "p2", "n1", "n2"};
    static final int AT = 0;
    static final int BEFORE_1 = 1;
    static final int BEFORE_2 = 2;
    static final int AFTER_1 = 3;
    static final int AFTER_2 = 4;
    private static final int WINDOW = WINDOW_PREFIXES.length;
    private static final int AFFIX = 4;
    private static final int TOKEN_CLASS = 0;
    private static final int WORD_AND_CLASS = WINDOW;
    private static final int LOWER_WORD = 2 * WINDOW;
    private static final int AFFIXES = 3 * WINDOW;

    final String token;
    final String lower;
    final String shape;
    private final int affixes;
    private final List<String> patterns;
    private WordParameters parameters;

    WordFeatures(String token, TokenPatternFeatureGenerator patternGenerator) {
        this.token = token;
        this.lower = StringUtil.toLowerCase(token);
        this.shape = FeatureGeneratorUtil.tokenFeature(token);
        this.affixes = Math.min(AFFIX, token.length());
        this.patterns = new ArrayList<>(2);
        patternGenerator.createFeatures(patterns, new String[] {token}, 0, null);
    }

    /** Slot of "wc=" + shape, seen from window position {@code at} ({@link #AT}, {@link #BEFORE_1}, ...). */
    static int tokenClass(int at) {
        return TOKEN_CLASS + at;
    }

    /** Slot of "w&c=" + lower + "," + shape, seen from window position {@code at}. */
    static int wordAndClass(int at) {
        return WORD_AND_CLASS + at;
    }

    /** Slot of "w=" + lower, seen from window position {@code at}. */
    static int lowerWord(int at) {
        return LOWER_WORD + at;
    }

    /** Slots of the prefixes, suffixes and token-pattern features, in OpenNLP's order. */
    int firstOwnSlot() {
        return AFFIXES;
    }

    int slotCount() {
        return AFFIXES + 2 * affixes + patterns.size();
    }

    /** Writes the feature of a slot. */
    void write(int slot, FeatureSink out) {
        if (slot < AFFIXES) {
            String prefix = WINDOW_PREFIXES[slot % WINDOW];
            switch (slot / WINDOW) {
                case 0 -> out.part(prefix).part("wc=").part(shape).end();
                case 1 -> out.part(prefix).part("w&c=").part(lower).part(",").part(shape).end();
                default -> out.part(prefix).part("w=").part(lower).end();
            }
        } else if (slot < AFFIXES + affixes) {
            out.part("pre=").part(token, 0, slot - AFFIXES + 1).end();
        } else if (slot < AFFIXES + 2 * affixes) {
            int k = slot - AFFIXES - affixes + 1;
            out.part("suf=").part(token, token.length() - k, token.length()).end();
        } else {
            out.part(patterns.get(slot - AFFIXES - 2 * affixes)).end();
        }
    }

    /** The model parameters of the word's features, or null before a sink has looked them up. */
    WordParameters parameters() {
        return parameters;
    }

    void parameters(WordParameters p) {
        this.parameters = p;
    }
}
