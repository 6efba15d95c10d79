package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;
import org.attache.model.ActorType;
import org.attache.model.Analysis;
import org.attache.model.BlockQuote;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.Metadata;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.attache.model.Sentence;
import org.attache.model.SourceFormat;
import org.attache.model.Statement;
import org.attache.model.TextSpan;
import org.attache.nlp.DocumentAnalyzer;
import org.attache.nlp.StageTimer;
import org.attache.pipeline.ShippedModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes into the index comes back equal: every field of every record, for real and random analyses. */
class AnalysisRecordTest {

    private static final long SEED = 20261203L;

    @TempDir
    Path tmp;

    @Test
    void everySampleCorpusDocumentComesBackEqual() throws IOException {
        DocumentReader reader = new DocumentReader(Long.MAX_VALUE, new Cleaners());
        DocumentAnalyzer analyzer = ShippedModels.load().newAnalyzer();
        List<Analysis> analysed = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path p : files.filter(f -> !f.getFileName().toString().equals("SOURCES.md")).sorted().toList()) {
                try {
                    CleanDocument d = reader.read(p.getFileName().toString(), Files.readAllBytes(p));
                    analysed.add(analyzer.analyse(d, new StageTimer()));
                } catch (InputRejectedException e) {
                    // rejected input never reaches the index
                }
            }
        }
        assertTrue(analysed.size() >= 10, "the sample corpus was read");
        assertTrue(analysed.stream().anyMatch(a -> !a.document().blockQuotes().isEmpty()), "a block quote is tried");
        assertTrue(analysed.stream().anyMatch(a -> !a.statements().isEmpty()), "a transcript turn is tried");
        assertTrue(analysed.stream().allMatch(a -> !a.sentences().isEmpty() || !DocumentAnalyzer.isAnalysed(a.language())),
                "sentences and tokens are tried");
        assertEquals(byId(analysed), throughIndex(analysed));
    }

    @Test
    void randomAnalysesComeBackEqual() throws IOException {
        Random random = new Random(SEED);
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            analyses.add(randomAnalysis(random, "random/" + i + ".txt"));
        }
        assertEquals(byId(analyses), throughIndex(analyses));
    }

    @Test
    void wordsThatAreNotTheTextAtTheirSpanAreKept() throws IOException {
        String text = "NATO met.";
        CleanDocument d = document("a.txt", text, List.of(new TextSpan(0, 9)), List.of());
        Mention differs = new Mention(new TextSpan(0, 4), "OTAN", "NATO", ActorType.ORGANIZATION,
                MentionSource.GAZETTEER, 0.5);
        Mention beyond = new Mention(new TextSpan(20, 24), "NATO", "NATO", ActorType.ORGANIZATION,
                MentionSource.MODEL, 1.0);
        Analysis a = new Analysis(d, 2, List.of(differs, beyond), List.of(), List.of(), "en");
        assertEquals(byId(List.of(a)), throughIndex(List.of(a)));
    }

    @Test
    void aRecordOfAnotherFormatIsRefusedNotMisread() throws IOException {
        Analysis a = randomAnalysis(new Random(SEED), "a.txt");
        String text = a.document().text();
        BytesRef record = AnalysisRecord.encode(text, new AnalysisRecord.Parts(a.document().paragraphs(),
                a.document().blockQuotes(), a.sentences(), a.mentions(), a.quotes(), a.statements()));
        assertEquals(AnalysisRecord.FORMAT, record.bytes[record.offset]);
        record.bytes[record.offset] = AnalysisRecord.FORMAT + 1;
        assertThrows(StaleIndexException.class, () -> AnalysisRecord.decode(record, text));
        assertThrows(StaleIndexException.class, () -> AnalysisRecord.decode(null, text));
    }

    @Test
    void mentionedActorsAreReadWithoutTheText() throws IOException {
        Analysis a = randomAnalysis(new Random(SEED + 1), "a.txt");
        BytesRef record = AnalysisRecord.encode(a.document().text(), new AnalysisRecord.Parts(
                a.document().paragraphs(), a.document().blockQuotes(), a.sentences(), a.mentions(), a.quotes(), a.statements()));
        assertFalse(a.mentions().isEmpty());
        assertEquals(a.mentions().stream().map(m -> new AnalysisRecord.Named(m.actor(), m.type())).toList(),
                AnalysisRecord.mentioned(record));
    }

    private Map<String, Analysis> throughIndex(List<Analysis> analyses) throws IOException {
        Path dir = tmp.resolve("index-" + analyses.size() + "-" + System.nanoTime());
        SampleAnalyses.writeIndex(dir, analyses);
        Map<String, Analysis> back = new LinkedHashMap<>();
        try (var d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexedDocuments.forEach(reader, null, a -> back.put(a.document().id(), a));
        }
        return back;
    }

    private static Map<String, Analysis> byId(List<Analysis> analyses) {
        Map<String, Analysis> out = new LinkedHashMap<>();
        analyses.stream().sorted((x, y) -> x.document().id().compareTo(y.document().id()))
                .forEach(a -> out.put(a.document().id(), a));
        return out;
    }

    private static CleanDocument document(String id, String text, List<TextSpan> paragraphs, List<BlockQuote> blocks) {
        return new CleanDocument(id, SourceFormat.TEXT, new Metadata("Title", "2024-06-03", "NATO"), text, paragraphs,
                blocks, "key-1");
    }

    /**
     * Any text (whole code points, so it survives UTF-8), spans anywhere in it, any values in every field;
     * actor and speaker names are never empty, as the facets they feed refuse empty labels.
     */
    private static Analysis randomAnalysis(Random r, String id) {
        String text = randomString(r, r.nextInt(400));
        List<TextSpan> paragraphs = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            paragraphs.add(span(r, text.length()));
        }
        List<BlockQuote> blocks = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            blocks.add(new BlockQuote(span(r, text.length()),
                    r.nextBoolean() ? Optional.of(span(r, text.length())) : Optional.empty()));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            List<TextSpan> tokens = new ArrayList<>();
            for (int k = r.nextInt(6); k > 0; k--) {
                tokens.add(span(r, text.length())); // any spans, in any order: the record keeps them as they are
            }
            sentences.add(new Sentence(span(r, text.length()), tokens));
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = 1 + r.nextInt(8); i > 0; i--) {
            TextSpan s = span(r, text.length() + 5);
            mentions.add(new Mention(s, words(r, text, s), "A" + randomString(r, r.nextInt(12)),
                    pick(r, ActorType.values()), pick(r, MentionSource.values()), randomDouble(r)));
        }
        List<Quote> quotes = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            TextSpan s = span(r, text.length());
            quotes.add(new Quote(s, words(r, text, s), "S" + randomString(r, 8), "A" + randomString(r, 3), randomString(r, 5),
                    randomString(r, 2), pick(r, QuoteKind.values()), randomDouble(r),
                    r.nextBoolean() ? span(r, text.length()) : null));
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            TextSpan s = span(r, text.length());
            statements.add(new Statement(s, words(r, text, s), "S" + randomString(r, 6), "A" + randomString(r, 4),
                    randomString(r, r.nextInt(3))));
        }
        CleanDocument d = new CleanDocument(id, pick(r, SourceFormat.values()),
                new Metadata(randomString(r, 10), r.nextBoolean() ? "2021-06-14" : randomString(r, 4),
                        randomString(r, 6)), text, paragraphs, blocks, randomString(r, 16));
        return new Analysis(d, r.nextInt(100_000), sentences, mentions, quotes, statements,
                pick(r, new String[] {"en", "fr", "de", Analysis.UNKNOWN_LANGUAGE}));
    }

    private static TextSpan span(Random r, int limit) {
        int start = r.nextInt(limit + 1);
        return new TextSpan(start, start + r.nextInt(limit - start + 1));
    }

    /** Usually the text at the span; sometimes other words of the same length (or any, beyond the text). */
    private static String words(Random r, String text, TextSpan s) {
        if (s.end() <= text.length() && r.nextInt(4) > 0) {
            return s.of(text);
        }
        StringBuilder b = new StringBuilder();
        while (b.length() < s.length()) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    private static double randomDouble(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> 1.0;
            case 1 -> Double.NaN;
            case 2 -> -0.0;
            default -> r.nextDouble();
        };
    }

    private static String randomString(Random r, int length) {
        String[] pieces = {"a", "Z", " ", "\n", "\n\n", ",", "\"", "é", "€", "😀", "\u00A0", "\t", "Россия", "北約", "'"};
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
