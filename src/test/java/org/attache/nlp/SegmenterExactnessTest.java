package org.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.nlp.maxent.MaxentSentenceDetector;
import org.attache.nlp.maxent.MaxentTokenizer;
import org.junit.jupiter.api.Test;

/**
 * {@link Segmenter} gives exactly the sentences and tokens of plain OpenNLP SentenceDetectorME and
 * TokenizerME: on the sample corpus and on seeded random text, with the project's tokenizer model
 * and with the shipped one (no alphanumeric optimisation: the model decides at every character)
 * and ones with an abbreviation dictionary or another alphanumeric pattern; and sentence models
 * with other settings.
 */
class SegmenterExactnessTest {

    private static final SentenceModel SENTENCES = NlpModels.sentenceModel();
    private static final TokenizerModel PROJECT_TOKENS = NlpModels.tokenizerModel();

    @Test
    void corpusDocumentsSegmentExactlyAsOpenNlp() throws IOException {
        Segmenter segmenter = new Segmenter(SENTENCES, PROJECT_TOKENS);
        Reference reference = new Reference(SENTENCES, PROJECT_TOKENS);
        List<String> texts = new ArrayList<>(cleanTexts(Path.of("corpus")));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8)); // raw: markup, URLs, entities
            }
        }
        assertTrue(texts.size() >= 20, "corpus texts: " + texts.size());
        long tokens = 0;
        for (String text : texts) {
            List<Sentence> expected = reference.segment(text);
            List<Sentence> actual = segmenter.segment(text);
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                Sentence e = expected.get(i);
                assertEquals(e, actual.get(i), () -> "sentence: " + e.span().of(text));
            }
            assertEquals(expected.size(), actual.size(), "sentences");
            tokens += expected.stream().mapToInt(s -> s.tokens().size()).sum();
        }
        assertTrue(tokens > 50_000, "tokens compared: " + tokens);
    }

    @Test
    void randomTextSegmentsExactlyAsOpenNlp() {
        Segmenter segmenter = new Segmenter(SENTENCES, PROJECT_TOKENS);
        Reference reference = new Reference(SENTENCES, PROJECT_TOKENS);
        Random random = new Random(20240611L);
        for (int n = 0; n < 200; n++) {
            String text = RandomText.of(random, 60);
            assertEquals(reference.segment(text), segmenter.segment(text), () -> "text: " + text);
        }
    }

    @Test
    void randomTokensMatchTokenizerMeWithEveryConfiguration() throws IOException {
        TokenizerModel shipped = shippedTokenizerModel();
        TokenizerModel withAbbreviations = withAbbreviations(shipped);
        TokenizerModel otherAlphanumerics = new TokenizerModel(shipped.getMaxentModel(), new HashMap<>(),
                new TokenizerFactory("en", null, true, Pattern.compile("^[A-Za-z0-9éßЖ'-]+$")));
        Random random = new Random(7L);
        for (TokenizerModel model : List.of(PROJECT_TOKENS, shipped, withAbbreviations, otherAlphanumerics)) {
            MaxentTokenizer fast = MaxentTokenizer.of(model).orElseThrow();
            TokenizerME me = new TokenizerME(model);
            for (int n = 0; n < 150; n++) {
                String text = RandomText.of(random, 25);
                assertEquals(openNlpTokens(me, text), fastTokens(fast, text), () -> "text: " + text);
            }
        }
    }

    @Test
    void abbreviationsTakeTokenizerMesOwnPath() throws IOException {
        TokenizerModel model = withAbbreviations(shippedTokenizerModel());
        TokenizerME me = new TokenizerME(model);
        MaxentTokenizer fast = MaxentTokenizer.of(model).orElseThrow();
        String text = "He met Gen. Smith (and Dr. Jones) in the U.S. on Jan. 5, e.g. at 10 a.m.";
        String tokens = openNlpTokens(me, text);
        assertFalse(tokens.equals(openNlpTokens(new TokenizerME(shippedTokenizerModel()), text)),
                "the dictionary must change something, or this test tests nothing");
        assertEquals(tokens, fastTokens(fast, text));
    }

    @Test
    void randomSentencesMatchSentenceDetectorMeWithEveryConfiguration() {
        SentenceModel tokenEndOff = new SentenceModel("en", SENTENCES.getMaxentModel(), new HashMap<>(),
                new SentenceDetectorFactory("en", false, null, new char[] {'.', '!', '?'}));
        SentenceModel moreEnders = new SentenceModel("en", SENTENCES.getMaxentModel(), new HashMap<>(),
                new SentenceDetectorFactory("en", true, null, new char[] {'.', '!', '?', ';', ':', '"', ')'}));
        Random random = new Random(11L);
        for (SentenceModel model : List.of(SENTENCES, tokenEndOff, moreEnders)) {
            MaxentSentenceDetector fast = MaxentSentenceDetector.of(model).orElseThrow();
            SentenceDetectorME me = new SentenceDetectorME(model);
            for (int n = 0; n < 500; n++) {
                String text = RandomText.of(random, 40); // untrimmed, with new lines: not just paragraphs
                assertEquals(openNlpSentences(me, text), fastSentences(fast, text), () -> "text: " + text);
            }
        }
    }

    @Test
    void modelsTheFastToolsCannotCopyStayWithOpenNlp() {
        SentenceModel whitespaceEnder = new SentenceModel("en", SENTENCES.getMaxentModel(), new HashMap<>(),
                new SentenceDetectorFactory("en", true, null, new char[] {'.', '\n'}));
        assertTrue(MaxentSentenceDetector.of(whitespaceEnder).isEmpty());
        String text = "First line\nSecond. Third";
        assertEquals(new Reference(whitespaceEnder, PROJECT_TOKENS).segment(text),
                new Segmenter(whitespaceEnder, PROJECT_TOKENS).segment(text));
    }

    @Test
    void sentenceEdgeCasesMatchSentenceDetectorMe() {
        MaxentSentenceDetector fast = MaxentSentenceDetector.of(SENTENCES).orElseThrow();
        SentenceDetectorME me = new SentenceDetectorME(SENTENCES);
        for (String text : List.of("", " ", ".", "..", ". .", " . ", "!?", "a.", ".a", "A. B. C.", "e.g. the U.S. Army",
                "Hi.\r\nThere.", "He said \"Go.\" Then left.", "x...y", "End.  \n  Start", "No.1 is here.",
                "\u00a0Leading. Trailing.\u00a0", "a.b.c.D.e", "Mr. Smith. Dr. Jones!")) {
            assertEquals(openNlpSentences(me, text), fastSentences(fast, text), () -> "text: " + text);
        }
    }

    private static String openNlpSentences(SentenceDetectorME me, String text) {
        try {
            List<TextSpan> out = new ArrayList<>();
            for (Span s : me.sentPosDetect(text)) {
                out.add(new TextSpan(s.getStart(), s.getEnd()));
            }
            return out.toString();
        } catch (RuntimeException e) {
            return "throws";
        }
    }

    private static String fastSentences(MaxentSentenceDetector fast, String text) {
        List<TextSpan> out = new ArrayList<>();
        fast.split(text, 0, text.length(), out);
        return out.toString();
    }

    /** TokenizerME's tokens, or the exception it throws (its abbreviation path can make reversed spans). */
    private static String openNlpTokens(TokenizerME me, String text) {
        try {
            List<TextSpan> out = new ArrayList<>();
            for (Span s : me.tokenizePos(text)) {
                out.add(new TextSpan(s.getStart(), s.getEnd()));
            }
            return out.toString();
        } catch (IllegalArgumentException e) {
            return "throws";
        }
    }

    private static String fastTokens(MaxentTokenizer fast, String text) {
        try {
            List<TextSpan> out = new ArrayList<>();
            fast.split(text, 0, text.length(), out);
            return out.toString();
        } catch (IllegalArgumentException e) {
            return "throws";
        }
    }

    private static TokenizerModel shippedTokenizerModel() throws IOException {
        try (InputStream in = NlpModels.open(NlpModels.TOKENIZER_MODEL)) {
            return new TokenizerModel(in);
        }
    }

    private static TokenizerModel withAbbreviations(TokenizerModel model) throws IOException {
        Dictionary abbreviations = new Dictionary(true);
        for (String a : List.of("Gen.", "Dr.", "U.S.", "Jan.", "e.g.", "a.m.", "St.", "No.", "Mr.", "i.e.",
                "U.K.-based", "Mr.Smith", "end.Start", "(NATO)", "co-operation", "j.doe+news@example.co.uk")) {
            abbreviations.put(new StringList(a));
        }
        return new TokenizerModel(model.getMaxentModel(), new HashMap<>(),
                new TokenizerFactory("en", abbreviations, false, Pattern.compile("^[A-Za-z0-9]+$")));
    }

    /** Segmenter's job done with OpenNLP's own tools, as before they were replaced. */
    private static final class Reference {

        private final SentenceDetectorME sentences;
        private final TokenizerME tokens;

        Reference(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
            this.sentences = new SentenceDetectorME(sentenceModel);
            this.tokens = new TokenizerME(tokenizerModel);
        }

        List<Sentence> segment(String text) {
            List<Sentence> out = new ArrayList<>();
            for (TextSpan block : Paragraphs.of(text)) {
                String blockText = block.of(text);
                for (Span s : sentences.sentPosDetect(blockText)) {
                    int start = block.start() + s.getStart();
                    String sentence = text.substring(start, block.start() + s.getEnd());
                    List<TextSpan> toks = new ArrayList<>();
                    for (Span t : tokens.tokenizePos(sentence)) {
                        toks.add(new TextSpan(start + t.getStart(), start + t.getEnd()));
                    }
                    out.add(new Sentence(new TextSpan(start, start + sentence.length()), toks));
                }
            }
            return out;
        }
    }

    /** Random mixes of the things that make tokenizing and sentence splitting hard. */
    static final class RandomText {

        private static final String[] PIECES = {
            "NATO", "the", "Alliance", "Stoltenberg's", "U.S.", "e.g.", "Gen.", "Dr.", "No.", "a.m.", "etc.",
            "2021", "1,000.50", "24/7", "3-4", "10%", "$5bn", "€12", "#1", "co-operation", "well-known",
            "state-of-the-art", "(NATO)", "[1]", "{x}", "\"quoted\"", "'single'", "`tick'", "“curly”", "‘it’s’",
            "don't", "O'Neill", "rock'n'roll", "--", "—", "–", "...", "…", "?!", "!", "?", ".", ",", ";", ":",
            "https://www.nato.int/cps/en/natohq/news_123.htm?selectedLocale=en&x=1",
            "www.whitehouse.gov/briefing-room/", "press@nato.int", "j.doe+news@example.co.uk",
            "Київ", "Zelenskyy", "café", "naïve", "Straße", "Ελλάδα", "東京", "١٢٣", "Ⅻ", "ﬁne",
            "😀", "🇺🇦", "👍🏽", "\uD83D", "\uDE00", "&amp;", "&#39;", "&nbsp;", "a&b;", "<p>", "</div>",
            "C++", "C#", "x86_64", "@NATO", "#WeAreNATO", "A.", "I.", "Mr.Smith", "end.Start", "U.K.-based",
        };
        private static final String[] GAPS = {" ", " ", " ", " ", "  ", "", "\n", "\n\n", "\t", "\u00a0",
            "\u2009", "\u3000", "\u2028", "\r\n", " \n \n"};

        static String of(Random random, int maxPieces) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(maxPieces);
            for (int i = 0; i < pieces; i++) {
                sb.append(GAPS[random.nextInt(GAPS.length)]);
                int kind = random.nextInt(20);
                if (kind == 0) {
                    sb.append(longToken(random));
                } else if (kind == 1) {
                    sb.append(randomChars(random, 1 + random.nextInt(12)));
                } else {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            return sb.toString();
        }

        private static String longToken(Random random) {
            StringBuilder sb = new StringBuilder();
            int n = 80 + random.nextInt(300);
            while (sb.length() < n) {
                sb.append(PIECES[random.nextInt(PIECES.length)].strip());
            }
            return sb.toString();
        }

        private static String randomChars(Random random, int n) {
            String pool = "abcXYZ019.,;:!?'\"`()[]{}-_/\\&;@#%$*+=<>|~^éßЖ中\u00a0\u200b\u0085";
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(random.nextInt(30) == 0 ? (char) random.nextInt(0x10000) : pool.charAt(random.nextInt(pool.length())));
            }
            return sb.toString();
        }
    }

    /** The clean texts of a folder's documents, as the pipeline would segment them. */
    private static List<String> cleanTexts(Path folder) throws IOException {
        DocumentReader reader = new DocumentReader(Long.MAX_VALUE, new Cleaners());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    texts.add(reader.read(f.getFileName().toString(), reader.readBytes(f)).text());
                } catch (InputRejectedException e) {
                    // not a document: skip
                }
            }
        }
        return texts;
    }
}
