package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.cli.args.Arguments;
import org.attache.cli.args.CommandSpec;
import org.attache.cli.args.Option;
import org.attache.cli.args.Option.Kind;
import org.attache.cli.args.Parameters;
import org.attache.index.SearchBenchmark;
import org.attache.nlp.Stage;
import org.attache.pipeline.CorpusReplicator;
import org.attache.pipeline.StageBenchmark;

/**
 * {@code attache bench}: replicates the sample corpus K times, runs the pipeline in a child JVM with
 * this JVM's options (measured from outside: wall time and peak RSS), then re-runs it on the
 * unchanged corpus. {@code --stages} instead times each per-document stage in this process.
 */
public final class BenchCommand implements Command {

    private static final Pattern HIGH_WATER_MARK = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    /** Re-runs measured; the median is reported. */
    private static final int RERUNS = 3;

    /** JIT warm-up before the measured rounds of --stages. */
    private static final int WARM_UP_ROUNDS = 3;

    static final Option COPIES = Option.value("--copies", Kind.INTEGER, "K", "Copies of the corpus (default: {default}).")
            .withDefault(20);
    static final Option CORPUS = Option.value("--corpus", Kind.PATH, "DIR", "Corpus to replicate (default: {default}).")
            .withDefault("corpus");
    static final Option THREADS = Option.value("--threads", Kind.INTEGER, "N", "Threads for the run (default: all cores).")
            .withDefault(Runtime.getRuntime().availableProcessors());
    static final Option HEAP = Option.value("--heap", Kind.TEXT, "SIZE", "Child JVM heap limit (default: {default}).")
            .withDefault("512m");
    static final Option WORK = Option.value("--work", Kind.PATH, "DIR",
            "Where to build the corpus and outputs (default: {default}; emptied first).")
            .withDefault(Path.of("target", "bench"));
    static final Option SEARCH_DOCS = Option.value("--search-docs", Kind.INTEGER, "N",
            "Also measure search latency on an index of N documents (e.g. 10000; default: {default}, skip). "
                    + "Building it takes a minute or two.").withDefault(0);
    static final Option SERVE_DOCS = Option.value("--serve-docs", Kind.INTEGER, "N",
            "Instead of a whole run: the workbench's search page and JSON API latency (p50, p95, over HTTP) on an "
                    + "index of N documents (e.g. 10000) made from --corpus.").withDefault(0);
    static final Option STAGES = Option.flag("--stages", "Instead of a whole run: time cleaning, sentences, entities "
            + "and quotes over the corpus in this process, one thread, CPU time, best of --rounds rounds after "
            + "warm-up rounds.");
    static final Option ROUNDS = Option.value("--rounds", Kind.INTEGER, "N",
            "Measured rounds for --stages (default: {default}).").withDefault(5);

    static final CommandSpec SPEC = new CommandSpec("bench", List.of(
            "Benchmarks a whole run: replicates a corpus K times under distinct ids, runs the pipeline in a child "
                    + "JVM, and prints words/s, documents/s, seconds per stage, peak RSS and the re-run time on the "
                    + "unchanged corpus."),
            Parameters.NONE, List.of(COPIES, CORPUS, THREADS, HEAP, WORK, SEARCH_DOCS, SERVE_DOCS, STAGES,
            ROUNDS));

    // this invocation's options
    private int copies;
    private Path corpus;
    private int threads;
    private String heap;
    private Path work;
    private int searchDocs;
    private int rounds;

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int call(Arguments args, Console console) throws IOException, InterruptedException {
        copies = args.integer(COPIES);
        corpus = args.path(CORPUS);
        threads = args.integer(THREADS);
        heap = args.text(HEAP);
        work = args.path(WORK);
        searchDocs = args.integer(SEARCH_DOCS);
        rounds = args.integer(ROUNDS);
        PrintWriter out = console.out();
        if (args.flag(STAGES)) {
            return benchStages(out);
        }
        if (args.integer(SERVE_DOCS) > 0) {
            return benchServe(out, args.integer(SERVE_DOCS));
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
        Measured first = runChild(big, output);
        String runJson = Files.readString(output.resolve("run.json"));
        long words = number(runJson, "words");
        long documents = number(runJson, "documents");
        out.printf(Locale.ROOT, "first run:  %.1f s, %,d documents, %,d words: %,.0f words/s, %.1f documents/s, "
                + "peak RSS %d MB (heap limit %s, %d threads)%n", first.seconds, documents, words,
                words / first.seconds, documents / first.seconds, first.peakRssKb / 1024, heap, threads);
        out.println("stage seconds (summed over threads): " + stages(runJson));
        // A re-run lasts half a second, where the machine's noise weighs most: the median of three.
        List<Measured> reruns = new ArrayList<>();
        for (int i = 0; i < RERUNS; i++) {
            reruns.add(runChild(big, output));
        }
        reruns.sort(java.util.Comparator.comparingDouble(Measured::seconds));
        Measured rerun = reruns.get(RERUNS / 2);
        out.printf(Locale.ROOT, "re-run:     %.2f s on the unchanged corpus (median of %d: %s s), %.1fx faster, "
                + "peak RSS %d MB%n", rerun.seconds, RERUNS, reruns.stream()
                .map(m -> String.format(Locale.ROOT, "%.2f", m.seconds)).collect(java.util.stream.Collectors.joining("/")),
                first.seconds / rerun.seconds, rerun.peakRssKb / 1024);
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
            org.attache.serve.ServeBenchmark.Result r = org.attache.serve.ServeBenchmark.run(index, 20);
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

    private record Measured(double seconds, long peakRssKb) {
    }

    private Measured runChild(Path input, Path output) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx" + heap));
        cmd.addAll(jvmOptions());
        cmd.addAll(List.of("-cp", jar, Main.class.getName(), "run", input.toString(), "--out", output.toString(),
                "--quiet", "--threads", Integer.toString(threads),
                // the copies are exact duplicates: counting each once would measure a smaller report
                "--keep-duplicates"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        long peak = 0;
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        // often (a re-run lasts half a second) and cheaply (this JVM shares the cores with the one measured)
        while (!p.waitFor(5, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMark(status));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            throw new UserException("benchmark run failed with exit code " + p.exitValue(), ExitCodes.FAILED);
        }
        return new Measured(seconds, peak);
    }

    private void requireCorpus() {
        if (!Files.isDirectory(corpus)) {
            throw new UserException("corpus folder not found: " + corpus + " (run from the project folder or give --corpus)",
                    ExitCodes.USAGE);
        }
    }

    /**
     * The -XX and -Xlog options this JVM was started with (the launcher's collector, JIT and
     * class-data sharing), so that the measured run is the one {@code ./attache run} makes; the
     * serial collector if none.
     */
    private static List<String> jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") || a.startsWith("-Xlog:"))
                .filter(a -> !a.startsWith("-XX:StartFlightRecording") && !a.startsWith("-XX:FlightRecorderOptions"))
                .toList();
        return options.isEmpty() ? List.of("-XX:+UseSerialGC") : options;
    }

    private static long highWaterMark(Path status) {
        try {
            Matcher m = HIGH_WATER_MARK.matcher(Files.readString(status));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between two polls, or /proc is not there (not Linux)
        }
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String stages(String json) {
        Matcher m = Pattern.compile("\"stage_seconds\": \\{([^}]*)}").matcher(json);
        return m.find() ? m.group(1).replaceAll("\\s+", " ").replace("\"", "").strip() : "";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
