package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.attache.index.SearchBenchmark;
import org.attache.nlp.Stage;
import org.attache.pipeline.CorpusReplicator;
import org.attache.pipeline.StageBenchmark;
import org.attache.report.Json;
import org.attache.serve.ServeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attache bench}: replicates the sample corpus K times, runs the pipeline in a child JVM with
 * this JVM's options (measured from outside: wall time and peak RSS), then re-runs it on the
 * unchanged corpus. {@code --stages} instead times each per-document stage in this process.
 */
@Command(name = "bench", description = "Benchmarks a whole run: replicates a corpus K times under distinct ids, runs "
        + "the pipeline in a child JVM, and prints words/s, documents/s, seconds per stage, peak RSS and the re-run "
        + "time on the unchanged corpus (with --shards: the shard path against the single run).")
public final class BenchCommand extends BaseCommand {

    /** Re-runs measured; the median is reported. */
    private static final int RERUNS = 3;

    /** JIT warm-up before the measured rounds of --stages. */
    private static final int WARM_UP_ROUNDS = 3;

    @Option(names = "--copies", paramLabel = "K", description = "Copies of the corpus (default: ${DEFAULT-VALUE}).")
    int copies = 20;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus to replicate (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("corpus");

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the run (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--heap", paramLabel = "SIZE", description = "Child JVM heap limit (default: ${DEFAULT-VALUE}).")
    String heap = "512m";

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where to build the corpus and outputs (default: ${DEFAULT-VALUE}; emptied first).")
    Path work = Path.of("target", "bench");

    @Option(names = "--shards", paramLabel = "N", description = "Instead of the re-runs: the shard path on the same "
            + "copies (the templates pass, N shards run one after another with --threads, the merge) against the "
            + "single run, checking their outputs are identical; prints each step's time and the throughput ratio.")
    int shards;

    @Option(names = "--then-copies", paramLabel = "K2", description = "With --shards: the same again on K2 copies, "
            + "then the steady-state rates (seconds per document between the two sizes) and the fixed cost per shard.")
    int thenCopies;

    @Option(names = "--search-docs", paramLabel = "N", description = "Also measure search latency on an index of N "
            + "documents (e.g. 10000; default: ${DEFAULT-VALUE}, skip). Building it takes a minute or two.")
    int searchDocs;

    @Option(names = "--serve-docs", paramLabel = "N", description = "Instead of a whole run: the workbench's search "
            + "page and JSON API latency (p50, p95, over HTTP) on an index of N documents (e.g. 10000) made from "
            + "--corpus.")
    int serveDocs;

    @Option(names = "--stages", description = "Instead of a whole run: time cleaning, sentences, entities and quotes "
            + "over the corpus in this process, one thread, CPU time, best of --rounds rounds after warm-up rounds.")
    boolean stages;

    @Option(names = "--rounds", paramLabel = "N",
            description = "Measured rounds for --stages (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = out();
        if (stages) {
            return benchStages(out);
        }
        if (serveDocs > 0) {
            return benchServe(out, serveDocs);
        }
        if (copies < 1) {
            throw new UserException("--copies must be at least 1", ExitCodes.USAGE);
        }
        requireCorpus();
        deleteTree(work);
        Path big = work.resolve("corpus");
        Path output = work.resolve("output");
        int files = CorpusReplicator.replicate(corpus, big, copies);
        out.printf(Locale.ROOT, "corpus: %d files (%d copies of %s) in %s%n", files, copies, corpus, big);
        if (shards > 0) {
            ShardBenchmark bench = new ShardBenchmark(out, heap, threads);
            ShardBenchmark.Totals small = bench.run(big, work, shards);
            bench.warm(big, work, shards);
            if (thenCopies > 0) {
                Path larger = work.resolve("then");
                files = CorpusReplicator.replicate(corpus, larger.resolve("corpus"), thenCopies);
                out.printf(Locale.ROOT, "corpus: %d files (%d copies of %s) in %s%n", files, thenCopies, corpus,
                        larger.resolve("corpus"));
                bench.marginal(small, bench.run(larger.resolve("corpus"), larger, shards), shards);
            }
            return ExitCodes.OK;
        }
        ChildJvm.Measured first = runChild(big, output);
        Map<String, Object> runJson = Json.read(Files.readString(output.resolve("run.json")));
        long words = number(runJson, "words");
        long documents = number(runJson, "documents");
        out.printf(Locale.ROOT, "first run:  %.1f s, %,d documents, %,d words: %,.0f words/s, %.1f documents/s, "
                + "peak RSS %d MB (heap limit %s, %d threads)%n", first.seconds(), documents, words,
                words / first.seconds(), documents / first.seconds(), first.peakRssKb() / 1024, heap, threads);
        out.println("stage seconds (summed over threads): " + stages(runJson));
        // A re-run lasts half a second, where the machine's noise weighs most: the median of three.
        List<ChildJvm.Measured> reruns = new ArrayList<>();
        for (int i = 0; i < RERUNS; i++) {
            reruns.add(runChild(big, output));
        }
        reruns.sort(Comparator.comparingDouble(ChildJvm.Measured::seconds));
        ChildJvm.Measured rerun = reruns.get(RERUNS / 2);
        out.printf(Locale.ROOT, "re-run:     %.2f s on the unchanged corpus (median of %d: %s s), %.1fx faster, "
                + "peak RSS %d MB%n", rerun.seconds(), RERUNS, reruns.stream()
                .map(m -> String.format(Locale.ROOT, "%.2f", m.seconds())).collect(Collectors.joining("/")),
                first.seconds() / rerun.seconds(), rerun.peakRssKb() / 1024);
        if (searchDocs > 0) {
            try {
                SearchBenchmark.Result s = SearchBenchmark.run(corpus, searchDocs, 20, work.resolve("search"));
                out.printf(Locale.ROOT, "search:     %,d documents, median %.1f ms, p95 %.1f ms per query "
                        + "(top 10 with snippets and actor counts; %d queries)%n", s.documents(), s.medianMillis(),
                        s.p95Millis(), s.samples());
            } catch (Exception e) {
                throw new UserException("search benchmark failed: " + e.getMessage(), ExitCodes.FAILED);
            }
        }
        return ExitCodes.OK;
    }

    /** The workbench over HTTP; the index is kept in --work/search between runs (building it dominates). */
    private int benchServe(PrintWriter out, int documents) throws IOException, InterruptedException {
        requireCorpus();
        try {
            Path index = SearchBenchmark.buildIndex(corpus, documents, work.resolve("search"));
            ServeBenchmark.Result r = ServeBenchmark.run(index, 20);
            out.printf(Locale.ROOT, "serve:      %,d documents, %d requests; search page p50 %.1f ms, p95 %.1f ms; "
                    + "API p50 %.1f ms, p95 %.1f ms%n", documents, r.samples(), r.pageP50(), r.pageP95(), r.apiP50(),
                    r.apiP95());
        } catch (IOException | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new UserException("serve benchmark failed: " + e.getMessage(), ExitCodes.FAILED);
        }
        return ExitCodes.OK;
    }

    private int benchStages(PrintWriter out) throws IOException {
        if (rounds < 1) {
            throw new UserException("--rounds must be at least 1", ExitCodes.USAGE);
        }
        requireCorpus();
        StageBenchmark.Result r = StageBenchmark.run(corpus, WARM_UP_ROUNDS, rounds);
        out.printf(Locale.ROOT, "stages: %d documents, %,d words; CPU time of one thread, best of %d rounds "
                + "after %d warm-up rounds%n", r.documents(), r.words(), r.rounds(), WARM_UP_ROUNDS);
        for (Stage s : StageBenchmark.STAGES) {
            double ms = r.bestMillis().get(s);
            out.printf(Locale.ROOT, "  %-10s %8.1f ms %,12.0f words/s%n", s.name().toLowerCase(Locale.ROOT), ms,
                    r.words() / (ms / 1000));
        }
        out.printf(Locale.ROOT, "  %-10s %8.1f ms %,12.0f words/s%n", "all", r.totalMillis(),
                r.words() / (r.totalMillis() / 1000));
        return ExitCodes.OK;
    }

    private ChildJvm.Measured runChild(Path input, Path output) throws IOException, InterruptedException {
        return ChildJvm.run(heap, List.of("run", input.toString(), "--out", output.toString(), "--quiet", "--threads",
                Integer.toString(threads),
                // the copies are exact duplicates: counting each once would measure a smaller report
                "--keep-duplicates"));
    }

    private void requireCorpus() {
        if (!Files.isDirectory(corpus)) {
            throw new UserException("corpus folder not found: " + corpus + " (run from the project folder or give --corpus)",
                    ExitCodes.USAGE);
        }
    }

    private static long number(Map<String, Object> json, String key) {
        return json.get(key) instanceof Number n ? n.longValue() : 0;
    }

    /** "cleaning: 1.234, sentences: 0.567, ...": the seconds of each stage as run.json has them. */
    private static String stages(Map<String, Object> json) {
        if (!(json.get("stage_seconds") instanceof Map<?, ?> stages)) {
            return "";
        }
        return stages.entrySet().stream().map(e -> e.getKey() + ": " + String.format(Locale.ROOT, "%.3f", ((Number) e.getValue()).doubleValue()))
                .collect(Collectors.joining(", "));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
