package org.attache.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.TokenPatternFeatureGenerator;

/**
 * The context features of our name finder's descriptor ({@code features.xml}), exactly the strings
 * OpenNLP's generators make and in the same order, for the tokens of one window. OpenNLP works
 * each word's shape and lower case out again for every window position that looks at it (five
 * times for the +-2 windows, more for bigrams and previous-outcome features); here they are
 * worked out once per token, and the features go to a {@link FeatureSink} piece by piece.
 * <p>
 * The features of token i that do not depend on the beam's previous outcomes are
 * {@link #generated}; the four that do are {@link #previousOutcomes}.
 */
final class NameFeatures {

    private static final int WINDOW = 2;
    private static final int AFFIX = 4;
    private static final String[] PREVIOUS = {"p1", "p2"};
    private static final String[] NEXT = {"n1", "n2"};

    private final String[] tokens;
    private final String[] lower;
    private final String[] shape;
    private final List<List<String>> patterns;

    NameFeatures(String[] tokens, TokenPatternFeatureGenerator patternGenerator) {
        this.tokens = tokens;
        this.lower = new String[tokens.length];
        this.shape = new String[tokens.length];
        this.patterns = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = StringUtil.toLowerCase(tokens[i]);
            shape[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            List<String> p = new ArrayList<>(4);
            patternGenerator.createFeatures(p, tokens, i, null);
            patterns.add(p);
        }
    }

    int size() {
        return tokens.length;
    }

    String token(int i) {
        return tokens[i];
    }

    /**
     * The features of token i that do not depend on earlier outcomes, in the descriptor's order:
     * token class and word+class in a +-2 window, lower-cased word in a +-2 window, prefixes,
     * suffixes, token pattern, the outcome prior, the previous decision for this word in the
     * document ({@code previous}), bigrams, sentence begin.
     */
    void generated(int i, Map<String, String> previous, FeatureSink out) {
        tokenClass(i, "", out);
        for (int d = 1; d <= WINDOW && i - d >= 0; d++) {
            tokenClass(i - d, PREVIOUS[d - 1], out);
        }
        for (int d = 1; d <= WINDOW && i + d < tokens.length; d++) {
            tokenClass(i + d, NEXT[d - 1], out);
        }
        out.part("w=").part(lower[i]).end();
        for (int d = 1; d <= WINDOW && i - d >= 0; d++) {
            out.part(PREVIOUS[d - 1]).part("w=").part(lower[i - d]).end();
        }
        for (int d = 1; d <= WINDOW && i + d < tokens.length; d++) {
            out.part(NEXT[d - 1]).part("w=").part(lower[i + d]).end();
        }
        String token = tokens[i];
        int affixes = Math.min(AFFIX, token.length());
        for (int k = 1; k <= affixes; k++) {
            out.part("pre=").part(token, 0, k).end();
        }
        for (int k = 1; k <= affixes; k++) {
            out.part("suf=").part(token, token.length() - k, token.length()).end();
        }
        for (String p : patterns.get(i)) {
            out.part(p).end();
        }
        out.part("def").end();
        out.part("pd=").part(String.valueOf(previous.get(token))).end();
        if (i > 0) {
            out.part("pw,w=").part(tokens[i - 1]).part(",").part(token).end();
            out.part("pwc,wc=").part(shape[i - 1]).part(",").part(shape[i]).end();
        }
        if (i + 1 < tokens.length) {
            out.part("w,nw=").part(token).part(",").part(tokens[i + 1]).end();
            out.part("wc,nc=").part(shape[i]).part(",").part(shape[i + 1]).end();
        }
        if (i == 0) {
            out.part("S=begin").end();
        }
    }

    /** The features of token i that depend on the outcomes of the two tokens before it ("other" before the start). */
    void previousOutcomes(int i, String previousOutcome, String outcomeBefore, FeatureSink out) {
        out.part("po=").part(previousOutcome).end();
        out.part("pow=").part(previousOutcome).part(",").part(tokens[i]).end();
        out.part("powf=").part(previousOutcome).part(",").part(shape[i]).end();
        out.part("ppo=").part(outcomeBefore).end();
    }

    private void tokenClass(int j, String prefix, FeatureSink out) {
        out.part(prefix).part("wc=").part(shape[j]).end();
        out.part(prefix).part("w&c=").part(lower[j]).part(",").part(shape[j]).end();
    }
}
