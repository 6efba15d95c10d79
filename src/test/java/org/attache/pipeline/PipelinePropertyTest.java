package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;
import org.attache.model.CleanDocument;
import org.attache.model.SpanAssertions;
import org.attache.nlp.AnalysisModels;
import org.attache.nlp.DocumentAnalyzer;
import org.attache.nlp.StageTimer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invariants over random and mutated input, through the real cleaning and analysis stages: nothing
 * throws (bad input may only be rejected with a reason), and every span of every output is inside
 * the clean text and covers exactly the text it names.
 */
class PipelinePropertyTest {

    private static final long SEED = 20261122L;
    private static DocumentAnalyzer analyzer;
    private static final DocumentReader READER = new DocumentReader(RunConfig.DEFAULT_MAX_BYTES, new Cleaners());

    @BeforeAll
    static void load() {
        AnalysisModels analyzers = ShippedModels.load();
        analyzer = analyzers.newAnalyzer();
    }

    @Test
    void randomUnicodeTextNeverThrowsAndSpansHold() {
        Random random = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            check("random-" + i + ".txt", randomText(random, 1 + random.nextInt(2000))
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void randomHtmlNeverThrowsAndSpansHold() {
        Random random = new Random(SEED + 1);
        String[] tags = {"div", "p", "span", "article", "nav", "blockquote", "h1", "li", "ul", "script", "footer", "a"};
        for (int i = 0; i < 200; i++) {
            StringBuilder html = new StringBuilder("<html><body>");
            int parts = 1 + random.nextInt(40);
            for (int j = 0; j < parts; j++) {
                String tag = tags[random.nextInt(tags.length)];
                html.append('<').append(tag).append(random.nextBoolean() ? " class=\"cookie-banner\"" : "").append('>')
                        .append(randomText(random, random.nextInt(200)));
                if (random.nextInt(4) > 0) {
                    html.append("</").append(tag).append('>');
                }
            }
            check("random-" + i + ".html", html.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A bounded fuzz run: mutations of slices of the sample corpus. */
    @Test
    void mutatedSampleDocumentsNeverThrowAndSpansHold() throws IOException {
        List<byte[]> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path p : files.filter(f -> !f.getFileName().toString().equals("SOURCES.md")).sorted().toList()) {
                samples.add(Files.readAllBytes(p));
            }
        }
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 1500; i++) {
            byte[] sample = samples.get(random.nextInt(samples.size()));
            int start = random.nextInt(Math.max(1, sample.length - 10)) / 2;
            int length = Math.min(sample.length - start, 500 + random.nextInt(3500));
            byte[] slice = Arrays.copyOfRange(sample, random.nextBoolean() ? 0 : start,
                    Math.min(sample.length, start + length));
            check("mutant-" + i + (i % 3 == 0 ? ".html" : i % 3 == 1 ? ".md" : ".txt"), mutate(slice, random));
        }
    }

    private static void check(String id, byte[] bytes) {
        CleanDocument document;
        try {
            document = READER.read(id, bytes);
        } catch (InputRejectedException e) {
            assertTrue(!e.getMessage().isBlank(), "a rejection needs a reason");
            return;
        }
        SpanAssertions.assertValid(analyzer.analyse(document, new StageTimer()));
    }

    private static byte[] mutate(byte[] in, Random random) {
        byte[] out = in.clone();
        int edits = 1 + random.nextInt(20);
        for (int e = 0; e < edits && out.length > 0; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(5)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out[at] = (byte) "\"“”«»'’:<>\n".charAt(random.nextInt(11));
                case 2 -> {
                    byte[] longer = new byte[out.length + 40];
                    System.arraycopy(out, 0, longer, 0, at);
                    byte[] insert = " \"said NATO leaders\" <div>".getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(insert, 0, longer, at, insert.length);
                    System.arraycopy(out, at, longer, at + insert.length, Math.min(out.length - at, longer.length - at - insert.length));
                    out = longer;
                }
                case 3 -> out = Arrays.copyOf(out, at + 1);
                default -> out[at] = 0;
            }
        }
        return out;
    }

    private static String randomText(Random random, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?'\"“”‘’«»—–-()\n\n\t"
                + "NATO Russia U.S. said: éüßçØ漢字ñ🙂\u0000\u200b\ufeff\r";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(50) == 0) {
                sb.appendCodePoint(random.nextInt(0x2FFFF));
            } else {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return sb.toString();
    }
}
