package org.attache.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;
import org.attache.model.CleanDocument;
import org.attache.nlp.DocumentAnalyzer;
import org.attache.nlp.Stage;
import org.attache.nlp.StageTimer;
import org.attache.nlp.WordCounter;

/**
 * Times the per-document stages (cleaning, sentences, entities, quotes) in one thread over a
 * corpus held in memory, round after round, keeping each stage's best round: the numbers to
 * compare before and after tuning a stage. Counts the CPU time of this thread, so other work on the
 * machine inflates them far less than wall time; the first rounds warm the JIT up.
 */
public final class StageBenchmark {

    /** Stages timed, in pipeline order. */
    public static final List<Stage> STAGES = List.of(Stage.CLEANING, Stage.SENTENCES, Stage.ENTITIES, Stage.QUOTES);

    /** The best CPU milliseconds of each stage over the measured rounds. */
    public record Result(int documents, long words, int rounds, Map<Stage, Double> bestMillis) {

        public double totalMillis() {
            return bestMillis.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private StageBenchmark() {
    }

    public static Result run(Path corpus, int warmUpRounds, int rounds) throws IOException {
        DocumentReader reader = new DocumentReader(RunConfig.DEFAULT_MAX_BYTES, new Cleaners());
        List<String> ids = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (SourceFile f : CorpusScan.scan(List.of(corpus)).files()) {
            try {
                contents.add(reader.readBytes(f.path()));
                ids.add(f.id());
            } catch (InputRejectedException e) {
                // too large or unreadable: the run would reject it too
            }
        }
        DocumentAnalyzer analyzer = ShippedModels.load().newAnalyzer();
        Map<Stage, Double> best = new EnumMap<>(Stage.class);
        int documents = 0;
        long words = 0;
        for (int round = 0; round < warmUpRounds + rounds; round++) {
            StageTimer timer = StageTimer.cpu();
            documents = 0;
            words = 0;
            for (int i = 0; i < ids.size(); i++) {
                CleanDocument d = clean(reader, ids.get(i), contents.get(i), timer);
                if (d != null) {
                    analyzer.analyse(d, timer);
                    documents++;
                    words += WordCounter.count(d.text());
                }
            }
            if (round >= warmUpRounds) {
                for (Stage s : STAGES) {
                    best.merge(s, timer.seconds(s) * 1000, Math::min);
                }
            }
        }
        return new Result(documents, words, rounds, best);
    }

    private static CleanDocument clean(DocumentReader reader, String id, byte[] bytes, StageTimer timer) {
        return timer.time(Stage.CLEANING, () -> {
            try {
                return reader.read(id, bytes);
            } catch (InputRejectedException e) {
                return null; // not a document: nothing to time
            }
        });
    }
}
