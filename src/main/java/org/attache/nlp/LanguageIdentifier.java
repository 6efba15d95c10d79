package org.attache.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.attache.model.Analysis;
import org.attache.nlp.maxent.LanguageModelFile;

/**
 * The language of a clean text, with OpenNLP's language detector (the {@code langdetect-183} model
 * of opennlp-models-langdetect: 103 languages). Codes are ISO 639-1 ({@code en}, {@code fr},
 * {@code de}) where the language has one, else the model's ISO 639-3 code; "unknown" when
 * the text has fewer than {@value #MIN_LETTERS} letters or the best language is not clearly ahead.
 * The model is loaded once per JVM and shared; an identifier is cheap and is not thread-safe (one
 * per worker thread).
 */
public final class LanguageIdentifier {

    public static final String UNKNOWN = Analysis.UNKNOWN_LANGUAGE;
    static final String MODEL = "/langdetect-183.bin";
    /** Below this many letters a text says too little about its language. */
    static final int MIN_LETTERS = 80;
    /** Only the start of a text is read: a thousand characters decide, and the cost stays flat. */
    static final int MAX_CHARS = 1000;
    /** The best language must be this many times as likely as the second, else the text is undecided. */
    static final double MIN_LEAD = 1.5;

    /**
     * English function words. A sample of at least {@value #MIN_WORDS} words of which more than
     * {@value #ENGLISH_SHARE} are these is English without asking the model: on the dev sets (528 pages
     * in 20 languages) every such page was English by the model too, the most English-looking other page
     * (German quoting English tweets) had 0.15, and the model costs most of this stage.
     */
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "in", "is",
            "that", "for", "was", "with", "on", "are", "said", "it", "as", "be", "by", "this", "have", "has", "will", "we",
            "from", "at");
    static final int MIN_WORDS = 50;
    static final double ENGLISH_SHARE = 0.25;

    private static final Map<String, String> ISO1 = iso1();
    private static volatile LanguageDetectorModel model;

    private final LanguageDetectorME detector;

    public LanguageIdentifier() {
        this.detector = new LanguageDetectorME(model());
    }

    /** The language of {@code text}: an ISO 639-1 code (ISO 639-3 where there is none), or "unknown". */
    public String identify(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return UNKNOWN;
        }
        if (plainlyEnglish(sample)) {
            return "en";
        }
        Language[] ranked = detector.predictLanguages(sample);
        if (ranked.length == 0) {
            return UNKNOWN;
        }
        if (ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
            return UNKNOWN;
        }
        return iso1(ranked[0].getLang());
    }

    /** The ISO 639-1 code of an ISO 639-3 code, or the code itself when it has none. */
    static String iso1(String iso3) {
        return ISO1.getOrDefault(iso3, iso3);
    }

    /** Whether more than {@link #ENGLISH_SHARE} of the sample's words (runs of letters) are English function words. */
    static boolean plainlyEnglish(String sample) {
        int words = 0;
        int english = 0;
        int n = sample.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(sample.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(sample.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                if (i - start <= 4 && ENGLISH_WORDS.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
                    english++;
                }
            }
        }
        return words >= MIN_WORDS && english > ENGLISH_SHARE * words;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, String> iso1() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            if (two.length() == 2) {
                map.put(new Locale(two).getISO3Language(), two);
            }
        }
        // the model's codes for macrolanguages and variants the JDK lists under another code
        map.put("cmn", "zh");
        map.put("pes", "fa");
        map.put("zlm", "ms");
        map.put("nob", "no");
        map.put("nno", "nn");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("azj", "az");
        map.put("uzn", "uz");
        map.put("khk", "mn");
        map.put("swh", "sw");
        map.put("plt", "mg");
        map.put("arb", "ar");
        map.put("gug", "gn");
        map.put("quz", "qu");
        map.put("ydd", "yi");
        map.put("pbu", "ps");
        map.put("npi", "ne");
        map.put("ory", "or");
        map.put("als", "sq");
        return Map.copyOf(map);
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (LanguageIdentifier.class) {
                m = model;
                if (m == null) {
                    try (InputStream in = NlpModels.open(MODEL)) {
                        byte[] bytes = in.readAllBytes();
                        // read straight into a feature table where the file allows: half the CPU of OpenNLP's reader
                        Optional<LanguageDetectorModel> direct = LanguageModelFile.read(bytes);
                        m = direct.isPresent() ? direct.get() : new LanguageDetectorModel(new ByteArrayInputStream(bytes));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read language model " + MODEL, e);
                    }
                    model = m;
                }
            }
        }
        return m;
    }
}
