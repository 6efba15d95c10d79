package org.attache.nlp.maxent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.StringUtil;
import org.attache.model.TextSpan;

/**
 * The tokens of OpenNLP's {@link TokenizerME#tokenizePos} (same whitespace split, alphanumeric
 * optimisation, abbreviation handling and model decisions), found several times faster. The
 * profile showed TokenizerME's time in building each position's feature strings, looking them up
 * in a HashMap and {@code StrictMath.exp}; here the features of {@link DefaultTokenContextGenerator}
 * are hashed straight from the text's characters ({@link FeatureHash}), the per-character ones are
 * looked up once per model, and the split/no-split choice skips exp where it cannot matter
 * ({@link BinaryDecision}).
 * <p>
 * Not thread-safe: one per {@link Segmenter}.
 */
public final class MaxentTokenizer implements SpanSplitter {

    private static final String TOOL = "tokenizer";

    private static final Pattern ASCII_ALPHANUMERIC = Pattern.compile("^[A-Za-z0-9]+$");

    private final BinaryDecision decision;
    private final int split; // index of TokenizerME.SPLIT among the model's outcomes
    private final Pattern alphanumeric; // null: no alphanumeric optimisation
    private final boolean asciiAlphanumeric; // the pattern is OpenNLP's default: checked without a regex
    private final Dictionary abbreviations; // may be null
    private final Set<String> inducedAbbreviations;
    private final CharFeatures p1;
    private final CharFeatures p2;
    private final CharFeatures f1;
    private final CharFeatures f2;
    private final long prefixState = FeatureHash.add(FeatureHash.start(), "p=");
    private final long suffixState = FeatureHash.add(FeatureHash.start(), "s=");
    private final PairFeature p21;
    private final PairFeature p1f1;
    private final PairFeature f12;
    private final int p1Bok;
    private final int p2Bok;
    private final int f2Bok;
    private final int characterCode;
    private final int pabb;

    private MaxentTokenizer(BinaryDecision decision, int split, TokenizerModel model) {
        this.decision = decision;
        this.split = split;
        TokenizerFactory factory = model.getFactory();
        this.alphanumeric = factory.isUseAlphaNumericOptimization() ? factory.getAlphaNumericPattern() : null;
        this.asciiAlphanumeric = alphanumeric != null && alphanumeric.flags() == 0
                && alphanumeric.pattern().equals(ASCII_ALPHANUMERIC.pattern());
        this.abbreviations = model.getAbbreviations();
        Dictionary induced = factory.getAbbreviationDictionary();
        this.inducedAbbreviations = induced == null ? Set.of() : induced.asStringSet();
        PredicateTable table = decision.table();
        this.p1 = new CharFeatures("p1", table);
        this.p2 = new CharFeatures("p2", table);
        this.f1 = new CharFeatures("f1", table);
        this.f2 = new CharFeatures("f2", table);
        this.p21 = new PairFeature("p21=", table);
        this.p1f1 = new PairFeature("p1f1=", table);
        this.f12 = new PairFeature("f12=", table);
        this.p1Bok = table.idOf("p1=bok");
        this.p2Bok = table.idOf("p2=bok");
        this.f2Bok = table.idOf("f2=bok");
        this.characterCode = table.idOf("cc");
        this.pabb = table.idOf("pabb");
    }

    /**
     * The fast tokenizer for a model, or empty when the model is not one it reproduces exactly: a
     * two-outcome GIS model with OpenNLP's default context generator.
     */
    public static Optional<MaxentTokenizer> of(TokenizerModel model) {
        MaxentModel maxent = model.getMaxentModel();
        if (model.getFactory().getContextGenerator().getClass() != DefaultTokenContextGenerator.class) {
            OpenNlpFence.notice(TOOL, "a context generator other than OpenNLP's default");
            return Optional.empty();
        }
        return BinaryDecision.splitting(maxent, TokenizerME.SPLIT, TokenizerME.NO_SPLIT, TOOL,
                (decision, split) -> new MaxentTokenizer(decision, split, model));
    }

    /** OpenNLP's tokenizer, for the models {@link #of} does not take. */
    public static SpanSplitter openNlp(TokenizerModel model) {
        TokenizerME me = new TokenizerME(model);
        return (text, start, end, out) -> {
            for (Span t : me.tokenizePos(text.substring(start, end))) {
                out.add(new TextSpan(start + t.getStart(), start + t.getEnd()));
            }
        };
    }

    @Override
    public void split(String text, int start, int end, List<TextSpan> out) {
        int i = start;
        while (i < end) { // WhitespaceTokenizer, without new lines as tokens
            while (i < end && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < end && !StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (from < i) {
                splitToken(text, from, i, out);
            }
        }
    }

    /** TokenizerME's loop over one whitespace-separated token {@code text[from, to)}. */
    private void splitToken(String text, int from, int to, List<TextSpan> out) {
        if (to - from < 2 || isAlphanumeric(text, from, to)) {
            out.add(new TextSpan(from, to));
            return;
        }
        int start = from;
        long prefix = prefixState; // "p=" and text[from, hashed)
        int hashed = from;
        for (int j = from + 1; j < to; j++) {
            for (; hashed < j; hashed++) { // j may have jumped over an abbreviation's dots
                prefix = FeatureHash.add(prefix, text.charAt(hashed));
            }
            if (decide(text, from, to, j, prefix) == split) {
                if (isAcceptableAbbreviation(text, from, to)) {
                    out.add(new TextSpan(start, to));
                    j += dots(text, from, to); // as TokenizerME: to compensate for abbreviation dot(s)
                    start = j + 1;
                } else {
                    out.add(new TextSpan(start, j));
                    start = j;
                }
            }
        }
        if (start < to) {
            out.add(new TextSpan(start, to));
        }
    }

    /**
     * The model's outcome at character {@code at} of the token {@code text[from, to)}: the features
     * of {@link DefaultTokenContextGenerator#getContext}, in its order (the sums depend on it).
     */
    private int decide(String text, int from, int to, int at, long prefix) {
        int index = at - from;
        int length = to - from;
        BinaryDecision d = decision;
        d.clear();
        d.add(FeatureHash.finish(prefix));
        d.add(FeatureHash.finish(FeatureHash.add(suffixState, text, at, to)));
        char c = text.charAt(at);
        if (index > 0) {
            char b1 = text.charAt(at - 1);
            p1.add(b1, d);
            if (index > 1) {
                char b2 = text.charAt(at - 2);
                p2.add(b2, d);
                d.addId(p21.id(b2, b1));
            } else {
                d.addId(p2Bok);
            }
            d.addId(p1f1.id(b1, c));
        } else {
            d.addId(p1Bok);
        }
        f1.add(c, d);
        if (index + 1 < length) {
            char a1 = text.charAt(at + 1);
            f2.add(a1, d);
            d.addId(f12.id(c, a1));
        } else {
            d.addId(f2Bok);
        }
        if (text.charAt(from) == '&' && text.charAt(to - 1) == ';') {
            d.addId(characterCode);
        }
        if (index == length - 1 && !inducedAbbreviations.isEmpty()
                && inducedAbbreviations.contains(text.substring(from, to))) {
            d.addId(pabb);
        }
        return d.best();
    }

    private boolean isAlphanumeric(String text, int from, int to) {
        if (alphanumeric == null) {
            return false;
        }
        if (!asciiAlphanumeric) {
            return alphanumeric.matcher(text.substring(from, to)).matches();
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private boolean isAcceptableAbbreviation(String text, int from, int to) {
        return abbreviations != null && abbreviations.contains(new StringList(text.substring(from, to)));
    }

    private static int dots(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                n++;
            }
        }
        return n;
    }

    /**
     * A feature made of a key and two characters ("p21=ab"), its id remembered for ASCII pairs: the
     * profile showed the time going into table lookups, one cache miss each.
     */
    private static final class PairFeature {

        private static final int ASCII = 128;
        private static final int NOT_YET = Integer.MIN_VALUE; // ids are >= PredicateTable.UNKNOWN

        private final long keyState;
        private final PredicateTable table;
        private final int[] cached = new int[ASCII * ASCII]; // filled as pairs are met

        PairFeature(String key, PredicateTable table) {
            this.keyState = FeatureHash.add(FeatureHash.start(), key);
            this.table = table;
            Arrays.fill(cached, NOT_YET);
        }

        int id(char a, char b) {
            if (a >= ASCII || b >= ASCII) {
                return lookUp(a, b);
            }
            int id = cached[a * ASCII + b];
            if (id == NOT_YET) {
                id = lookUp(a, b);
                cached[a * ASCII + b] = id;
            }
            return id;
        }

        private int lookUp(char a, char b) {
            return table.idOfHash(FeatureHash.finish(FeatureHash.add(FeatureHash.add(keyState, a), b)));
        }
    }

    /**
     * The features DefaultTokenContextGenerator's {@code addCharPreds} makes of one character under
     * one key ("p1=x", "p1_alpha", ...), as table ids in their order, looked up once per character
     * (curly quotes and dashes are frequent); unknown ones are left out, since they add nothing.
     */
    private static final class CharFeatures {

        private final long keyState; // "p1="
        private final PredicateTable table;
        private final int alpha;
        private final int caps;
        private final int num;
        private final int ws;
        private final int eos;
        private final int quote;
        private final int lp;
        private final int rp;
        private final int[][] cached = new int[Character.MAX_VALUE + 1][]; // filled as characters are met
        private final int[] scratch = new int[3];

        CharFeatures(String key, PredicateTable table) {
            this.keyState = FeatureHash.add(FeatureHash.start(), key + "=");
            this.table = table;
            this.alpha = table.idOf(key + "_alpha");
            this.caps = table.idOf(key + "_caps");
            this.num = table.idOf(key + "_num");
            this.ws = table.idOf(key + "_ws");
            this.eos = table.idOf(key + "_eos");
            this.quote = table.idOf(key + "_quote");
            this.lp = table.idOf(key + "_lp");
            this.rp = table.idOf(key + "_rp");
        }

        void add(char c, BinaryDecision d) {
            int[] ids = cached[c];
            if (ids == null) {
                int n = ids(c, scratch);
                ids = Arrays.stream(scratch, 0, n).filter(id -> id != PredicateTable.UNKNOWN).toArray();
                cached[c] = ids;
            }
            for (int id : ids) {
                d.addId(id);
            }
        }

        /** Fills {@code ids} with the features' ids (unknown ones included) in addCharPreds' order; returns how many. */
        private int ids(char c, int[] ids) {
            int n = 0;
            ids[n++] = table.idOfHash(FeatureHash.finish(FeatureHash.add(keyState, c)));
            if (Character.isLetter(c)) {
                ids[n++] = alpha;
                if (Character.isUpperCase(c)) {
                    ids[n++] = caps;
                }
            } else if (Character.isDigit(c)) {
                ids[n++] = num;
            } else if (StringUtil.isWhitespace(c)) {
                ids[n++] = ws;
            } else if (c == '.' || c == '?' || c == '!') {
                ids[n++] = eos;
            } else if (c == '`' || c == '"' || c == '\'') {
                ids[n++] = quote;
            } else if (c == '[' || c == '{' || c == '(') {
                ids[n++] = lp;
            } else if (c == ']' || c == '}' || c == ')') {
                ids[n++] = rp;
            }
            return n;
        }
    }
}
