package org.attache.nlp.maxent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import org.attache.model.Cancellation;
import org.attache.model.TextSpan;

/**
 * The sentences of OpenNLP's {@link SentenceDetectorME#sentPosDetect}, found faster. Once the
 * tokenizer was fast, the profile showed the sentence detector's time in its end-of-sentence
 * scanner (a boxed {@code HashSet<Character>} lookup per character), in building each candidate's
 * feature strings and in the model's HashMap and exp. Here the scanner tests a char array, the
 * features of {@link DefaultSDContextGenerator} are hashed from the text's characters
 * ({@link FeatureHash}) and the split choice skips exp where it cannot matter ({@link BinaryDecision}).
 * <p>
 * Takes only models without an abbreviation dictionary (the English model has none), so
 * SentenceDetectorME's abbreviation check always accepts a break and no abbreviation feature fires.
 * Not thread-safe: one per {@link Segmenter}.
 */
public final class MaxentSentenceDetector implements SpanSplitter {

    private static final String TOOL = "sentence detector";

    private static final int CACHED_LENGTHS = 128;

    private final BinaryDecision decision;
    private final int split; // index of SentenceDetectorME.SPLIT among the model's outcomes
    private final char[] eosCharacters;
    private final boolean useTokenEnd;
    private final int spaceBefore;
    private final int spaceAfter;
    private final int[] lengthIds = new int[CACHED_LENGTHS]; // the prefix-length feature "3"
    private final int xcap;
    private final int vcap;
    private final int scap;
    private final int ncap;
    private final long eosState = FeatureHash.add(FeatureHash.start(), "eos=");
    private final long prefixState = FeatureHash.add(FeatureHash.start(), "x=");
    private final long previousState = FeatureHash.add(FeatureHash.start(), "v=");
    private final long suffixState = FeatureHash.add(FeatureHash.start(), "s=");
    private final long nextState = FeatureHash.add(FeatureHash.start(), "n=");
    private int[] positions = new int[16];

    private MaxentSentenceDetector(BinaryDecision decision, int split, SentenceDetectorFactory factory) {
        this.decision = decision;
        this.split = split;
        this.eosCharacters = factory.getEOSCharacters().clone();
        this.useTokenEnd = factory.isUseTokenEnd();
        PredicateTable table = decision.table();
        this.spaceBefore = table.idOf("sp");
        this.spaceAfter = table.idOf("sn");
        for (int n = 0; n < CACHED_LENGTHS; n++) {
            lengthIds[n] = table.idOf(Integer.toString(n));
        }
        this.xcap = table.idOf("xcap");
        this.vcap = table.idOf("vcap");
        this.scap = table.idOf("scap");
        this.ncap = table.idOf("ncap");
    }

    /**
     * The fast detector for a model, or empty when the model is not one it reproduces exactly: a
     * two-outcome GIS model with OpenNLP's default scanner and context generator, its own
     * end-of-sentence characters and no abbreviation dictionary. An end-of-sentence character that
     * is whitespace can make SentenceDetectorME fail on a blank sentence; such models stay with it.
     */
    public static Optional<MaxentSentenceDetector> of(SentenceModel model) {
        SentenceDetectorFactory factory = model.getFactory();
        MaxentModel maxent = model.getMaxentModel();
        char[] eos = factory.getEOSCharacters();
        if (model.getAbbreviations() != null || eos == null || eos.length == 0 || hasWhitespace(eos)
                || factory.getSDContextGenerator().getClass() != DefaultSDContextGenerator.class
                || factory.getEndOfSentenceScanner().getClass() != DefaultEndOfSentenceScanner.class) {
            OpenNlpFence.notice(TOOL, "abbreviations, end-of-sentence characters or a scanner or context generator"
                    + " other than OpenNLP's defaults");
            return Optional.empty();
        }
        return BinaryDecision.splitting(maxent, SentenceDetectorME.SPLIT, SentenceDetectorME.NO_SPLIT, TOOL,
                (decision, split) -> new MaxentSentenceDetector(decision, split, factory));
    }

    private static boolean hasWhitespace(char[] chars) {
        for (char c : chars) {
            if (StringUtil.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /** OpenNLP's sentence detector, for the models {@link #of} does not take. */
    public static SpanSplitter openNlp(SentenceModel model) {
        SentenceDetectorME me = new SentenceDetectorME(model);
        return (text, start, end, out) -> {
            for (Span s : me.sentPosDetect(text.substring(start, end))) {
                out.add(new TextSpan(start + s.getStart(), start + s.getEnd()));
            }
        };
    }

    @Override
    public void split(String text, int start, int end, List<TextSpan> out) {
        // SentenceDetectorME looks at the stretch alone: its ends are the context's ends.
        String s = text.substring(start, end);
        int count = sentenceStarts(s);
        if (count == 0) {
            addTrimmed(s, 0, s.length(), start, out);
            return;
        }
        int from = 0;
        for (int i = 0; i < count; i++) {
            addTrimmed(s, from, positions[i], start, out);
            from = positions[i];
        }
        if (from != s.length()) {
            addTrimmed(s, from, s.length(), start, out);
        }
    }

    /**
     * SentenceDetectorME's loop over the end-of-sentence characters: fills {@link #positions} with
     * where sentences start, returns how many.
     */
    private int sentenceStarts(String s) {
        int count = 0;
        int index = 0;
        int next = nextEos(s, 0);
        while (next >= 0) {
            Cancellation.check();
            int cint = next;
            next = nextEos(s, cint + 1);
            // skip over the leading parts of non-token final delimiters, unless an upper-case letter follows
            if (next >= 0 && next < firstWhitespace(s, cint + 1)
                    && (cint + 1 >= s.length() || !Character.isUpperCase(s.charAt(cint + 1)))) {
                continue;
            }
            if (count > 0 && cint < positions[count - 1]) {
                continue;
            }
            if (decide(s, cint) == split) {
                if (index != cint) {
                    if (count == positions.length) {
                        positions = Arrays.copyOf(positions, count * 2);
                    }
                    positions[count++] = firstNonWhitespace(s,
                            useTokenEnd ? firstWhitespace(s, cint + 1) : cint + 1);
                }
                index = cint + 1;
            }
        }
        return count;
    }

    /**
     * The model's outcome at the end-of-sentence character {@code s[position]}: the features of
     * {@link DefaultSDContextGenerator#getContext}, in its order (the sums depend on it).
     */
    private int decide(String s, int position) {
        BinaryDecision d = decision;
        d.clear();
        int lastIndex = s.length() - 1;
        if (position > 0 && StringUtil.isWhitespace(s.charAt(position - 1))) {
            d.addId(spaceBefore);
        }
        if (position < lastIndex && StringUtil.isWhitespace(s.charAt(position + 1))) {
            d.addId(spaceAfter);
        }
        d.add(FeatureHash.finish(escaped(eosState, s.charAt(position))));

        int prefixStart = previousSpaceIndex(s, position);
        for (int c = position - 1; c > prefixStart; c--) { // stop at an earlier end-of-sentence character
            if (isEos(s.charAt(c))) {
                prefixStart = c;
                break;
            }
        }
        int prevStart = previousSpaceIndex(s, prefixStart);
        int suffixEnd = nextSpaceIndex(s, position, lastIndex);
        for (int c = position + 1; c < suffixEnd; c++) { // stop at a later end-of-sentence character
            if (isEos(s.charAt(c))) {
                suffixEnd = c;
                break;
            }
        }
        int nextEnd = nextSpaceIndex(s, suffixEnd + 1, lastIndex + 1);

        addWord(s, prefixStart, position, prefixState, xcap, true);
        addWord(s, prevStart, prefixStart, previousState, vcap, false);
        if (position == lastIndex) {
            addWord(s, 0, 0, suffixState, scap, false);
            addWord(s, 0, 0, nextState, ncap, false);
        } else {
            addWord(s, position + 1, suffixEnd, suffixState, scap, false);
            addWord(s, suffixEnd + 1, nextEnd, nextState, ncap, false);
        }
        return d.best();
    }

    /**
     * The features of one word of the context, {@code s[from, to)} trimmed as String.trim does:
     * "x=word", then (prefix only) its length, then "xcap" if it starts upper-case.
     */
    private void addWord(String s, int from, int to, long keyState, int capsId, boolean withLength) {
        int a = from;
        int b = to;
        while (a < b && s.charAt(a) <= ' ') {
            a++;
        }
        while (b > a && s.charAt(b - 1) <= ' ') {
            b--;
        }
        BinaryDecision d = decision;
        d.add(FeatureHash.finish(FeatureHash.add(keyState, s, a, b)));
        if (a < b) {
            if (withLength) {
                int length = b - a;
                d.addId(length < CACHED_LENGTHS ? lengthIds[length] : d.table().idOf(Integer.toString(length)));
            }
            if (Character.isUpperCase(s.charAt(a))) {
                d.addId(capsId);
            }
        }
    }

    /** DefaultSDContextGenerator's escapeChar: new lines are written out. */
    private static long escaped(long state, char c) {
        return c == '\n' ? FeatureHash.add(state, "<LF>") : c == '\r' ? FeatureHash.add(state, "<CR>")
                : FeatureHash.add(state, c);
    }

    private int nextEos(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (isEos(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private boolean isEos(char c) {
        for (char e : eosCharacters) {
            if (e == c) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code s[from, to)} without surrounding whitespace, as Span.trim, unless nothing is left. */
    private static void addTrimmed(String s, int from, int to, int offset, List<TextSpan> out) {
        int a = from;
        int b = to;
        while (a < b && StringUtil.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && StringUtil.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            out.add(new TextSpan(offset + a, offset + b));
        }
    }

    private static int firstWhitespace(String s, int pos) {
        int p = pos;
        while (p < s.length() && !StringUtil.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static int firstNonWhitespace(String s, int pos) {
        int p = pos;
        while (p < s.length() && StringUtil.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    /** DefaultSDContextGenerator's previousSpaceIndex, as it is. */
    private static int previousSpaceIndex(String s, int from) {
        int seek = from;
        do {
            seek--;
        } while (seek > 0 && !StringUtil.isWhitespace(s.charAt(seek)));
        if (seek > 0 && StringUtil.isWhitespace(s.charAt(seek))) {
            while (seek > 0 && StringUtil.isWhitespace(s.charAt(seek - 1))) {
                seek--;
            }
            return seek;
        }
        return 0;
    }

    /** DefaultSDContextGenerator's nextSpaceIndex, as it is. */
    private static int nextSpaceIndex(String s, int from, int lastIndex) {
        int seek = from + 1;
        while (seek < lastIndex) {
            if (StringUtil.isWhitespace(s.charAt(seek))) {
                while (s.length() > seek + 1 && StringUtil.isWhitespace(s.charAt(seek + 1))) {
                    seek++;
                }
                return seek;
            }
            seek++;
        }
        return lastIndex;
    }
}
