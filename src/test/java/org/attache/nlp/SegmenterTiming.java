package org.attache.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;

/**
 * A repeatable timing of {@link Segmenter} alone, one thread: segments the cleaned documents of a
 * folder (default {@code corpus}) N times after a warm-up and prints the thread's CPU milliseconds
 * per round (CPU time, not wall time: the machine is shared, and waiting for a core is not our cost),
 * and what a new Segmenter costs. A command, not a test:
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.attache.nlp.SegmenterTiming corpus 60
 * </pre>
 */
public final class SegmenterTiming {

    private SegmenterTiming() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "corpus");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> texts = cleanTexts(folder);
        var sentenceModel = NlpModels.sentenceModel();
        var tokenizerModel = NlpModels.tokenizerModel();
        long made = System.nanoTime();
        Segmenter segmenter = new Segmenter(sentenceModel, tokenizerModel); // once per worker thread
        System.out.printf("new Segmenter (first): %.1f ms%n", (System.nanoTime() - made) / 1e6);
        made = System.nanoTime();
        new Segmenter(sentenceModel, tokenizerModel);
        System.out.printf("new Segmenter (again): %.1f ms%n", (System.nanoTime() - made) / 1e6);
        long tokens = 0;
        for (int i = 0; i < Math.max(5, rounds / 2); i++) { // warm-up
            tokens = segmentAll(segmenter, texts);
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            segmentAll(segmenter, texts);
            ms[r] = (cpu.getCurrentThreadCpuTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        System.out.printf("%d documents, %d tokens per round; %d rounds: median %.1f ms, min %.1f ms, max %.1f ms (CPU)%n",
                texts.size(), tokens, rounds, ms[rounds / 2], ms[0], ms[rounds - 1]);
    }

    private static long segmentAll(Segmenter segmenter, List<String> texts) {
        long tokens = 0;
        for (String text : texts) {
            for (var s : segmenter.segment(text)) {
                tokens += s.tokens().size();
            }
        }
        return tokens;
    }

    /** The documents' clean texts, as the pipeline sees them. */
    static List<String> cleanTexts(Path folder) throws IOException {
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
