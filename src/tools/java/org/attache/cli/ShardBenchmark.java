package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.attache.report.Json;

/**
 * {@code attache bench --shards N}: the shard path (a templates pass, N shards run one after another,
 * the merge) against a single run over the same corpus, each in its own child JVM. The measure is
 * documents per second of wall time summed over the steps, with the same threads in each: what the
 * shard path costs in machine time for a corpus a single run could also do. JVM start-up and model
 * loading are measured apart and also taken out, since on a cluster every node pays them once, at once.
 */
final class ShardBenchmark {

    private static final List<String> ANALYSIS = List.of("cleaning", "language", "sentences", "entities", "quotes");

    private final PrintWriter out;
    private final String heap;
    private final int threads;

    ShardBenchmark(PrintWriter out, String heap, int threads) {
        this.out = out;
        this.heap = heap;
        this.threads = threads;
    }

    /** A shard bench's totals: the single run's and the shard path's (templates, shards, merge) times. */
    record Totals(long documents, double singleWall, double singleCpu, double pathWall, double pathCpu) {
    }

    /**
     * The steady-state comparison from two corpus sizes: each path's seconds per document (the slope between
     * them) and fixed seconds (what the line gives at no document), so that the warm-up every JVM pays once
     * is told apart from the rate the shard path keeps once warm.
     */
    void marginal(Totals small, Totals large, int shards) {
        double docs = large.documents() - small.documents();
        double singleWall = (large.singleWall() - small.singleWall()) / docs;
        double singleCpu = (large.singleCpu() - small.singleCpu()) / docs;
        double pathWall = (large.pathWall() - small.pathWall()) / docs;
        double pathCpu = (large.pathCpu() - small.pathCpu()) / docs;
        out.printf(Locale.ROOT, "marginal (%d -> %d documents): single run %.2f ms/document wall, %.2f CPU; shard "
                        + "path %.2f wall, %.2f CPU: %.2f of the single run's steady rate (CPU: %.2f)%n",
                small.documents(), large.documents(), 1000 * singleWall, 1000 * singleCpu, 1000 * pathWall,
                1000 * pathCpu, singleWall / pathWall, singleCpu / pathCpu);
        double fixedSingleWall = small.singleWall() - singleWall * small.documents();
        double fixedSingleCpu = small.singleCpu() - singleCpu * small.documents();
        double fixedPathWall = small.pathWall() - pathWall * small.documents();
        double fixedPathCpu = small.pathCpu() - pathCpu * small.documents();
        out.printf(Locale.ROOT, "fixed: single run %.2f s wall, %.2f s CPU; shard path %.2f s wall, %.2f s CPU: "
                        + "%.2f s wall (%.2f s CPU) more per shard, templates and merge included%n", fixedSingleWall,
                fixedSingleCpu, fixedPathWall, fixedPathCpu, (fixedPathWall - fixedSingleWall) / shards,
                (fixedPathCpu - fixedSingleCpu) / shards);
    }

    Totals run(Path corpus, Path work, int shards) throws IOException, InterruptedException {
        String t = Integer.toString(threads);
        Path single = work.resolve("single");
        ChildJvm.Measured one = ChildJvm.run(heap, singleRun(corpus, single));
        Map<String, Object> singleJson = json(single);
        long documents = number(singleJson, "documents");
        ChildJvm.Measured startUp = ChildJvm.run(heap, List.of("--version"));
        ChildJvm.Measured loaded = ChildJvm.run(heap, List.of("run", tinyCorpus(corpus, work).toString(), "--out",
                work.resolve("tiny-out").toString(), "--quiet", "--threads", t));
        out.printf(Locale.ROOT, "single run: %.2f s wall, %.2f s CPU, %d documents: %.1f documents/s (%d threads)%n",
                one.seconds(), one.cpuSeconds(), documents, documents / one.seconds(), threads);
        out.printf(Locale.ROOT, "start-up:   JVM %.2f s (%.2f s CPU); JVM and models (a one-document run) %.2f s "
                + "(%.2f s CPU)%n", startUp.seconds(), startUp.cpuSeconds(), loaded.seconds(), loaded.cpuSeconds());
        Path templates = work.resolve("templates.bin");
        ChildJvm.Measured learn = ChildJvm.run(heap, templatesPass(corpus, templates));
        out.printf(Locale.ROOT, "templates:  %.2f s wall, %.2f s CPU (once per corpus)%n", learn.seconds(),
                learn.cpuSeconds());
        List<String> dirs = new ArrayList<>();
        double shardWall = 0;
        double shardCpu = 0;
        Map<String, Double> shardStages = new TreeMap<>();
        for (int i = 1; i <= shards; i++) {
            Path dir = work.resolve("shard-" + i);
            dirs.add(dir.toString());
            ChildJvm.Measured m = ChildJvm.run(heap, shardRun(corpus, i, shards, templates, dir));
            Map<String, Object> j = json(dir);
            stageSeconds(j).forEach((k, v) -> shardStages.merge(k, v, Double::sum));
            shardWall += m.seconds();
            shardCpu += m.cpuSeconds();
            out.printf(Locale.ROOT, "shard %d/%d: %.2f s wall, %.2f s CPU, %d documents; stage seconds %s%n", i, shards,
                    m.seconds(), m.cpuSeconds(), number(j, "documents"), format(stageSeconds(j)));
        }
        Path merged = work.resolve("merged");
        ChildJvm.Measured merge = ChildJvm.run(heap, mergeRun(dirs, merged));
        Map<String, Double> mergedStages = stageSeconds(json(merged));
        double indexJoin = mergedStages.getOrDefault("index", 0.0) - shardStages.getOrDefault("index", 0.0);
        double reports = mergedStages.getOrDefault("report", 0.0);
        out.printf(Locale.ROOT, "merge:      %.2f s wall, %.2f s CPU: index and clean texts joined %.2f s, reports "
                + "%.2f s, the rest start-up and checks%n", merge.seconds(), merge.cpuSeconds(), indexJoin, reports);
        int files = sameOutputs(single, merged);
        out.printf(Locale.ROOT, "outputs:    identical (%d files: every CSV, report.html, clean texts)%n", files);

        double path = learn.seconds() + shardWall + merge.seconds();
        double fixedOne = loaded.seconds();
        double fixedPath = shards * loaded.seconds() + 2 * startUp.seconds();
        out.printf(Locale.ROOT, "shard path: %.2f s wall summed (templates + %d shards + merge), %.2f s CPU: %.1f "
                        + "documents/s, %.2f of the single run's rate (CPU: %.2f)%n", path, shards,
                learn.cpuSeconds() + shardCpu + merge.cpuSeconds(), documents / path, one.seconds() / path,
                one.cpuSeconds() / (learn.cpuSeconds() + shardCpu + merge.cpuSeconds()));
        out.printf(Locale.ROOT, "without start-up and model loading (%.2f s single, %.2f s shard path): %.2f s "
                        + "against %.2f s: %.2f of the single run's rate%n", fixedOne, fixedPath, path - fixedPath,
                one.seconds() - fixedOne, (one.seconds() - fixedOne) / (path - fixedPath));
        double cpuPath = learn.cpuSeconds() + shardCpu + merge.cpuSeconds()
                - shards * loaded.cpuSeconds() - 2 * startUp.cpuSeconds();
        out.printf(Locale.ROOT, "CPU without start-up and model loading: %.2f s against %.2f s: %.2f of the single "
                + "run's rate%n", cpuPath, one.cpuSeconds() - loaded.cpuSeconds(),
                (one.cpuSeconds() - loaded.cpuSeconds()) / cpuPath);
        Map<String, Double> singleStages = stageSeconds(singleJson);
        out.printf(Locale.ROOT, "where (seconds, single -> shard path; stages summed over threads): start-up and "
                        + "models %.2f -> %.2f; template pass (single: inside cleaning) %.2f; analysis %.2f -> %.2f; "
                        + "index %.2f -> %.2f; reports %.2f -> %.2f%n", fixedOne, fixedPath, learn.seconds(),
                sum(singleStages, ANALYSIS), sum(shardStages, ANALYSIS), singleStages.getOrDefault("index", 0.0),
                mergedStages.getOrDefault("index", 0.0), singleStages.getOrDefault("report", 0.0), reports);
        return new Totals(documents, one.seconds(), one.cpuSeconds(), path,
                learn.cpuSeconds() + shardCpu + merge.cpuSeconds());
    }

    /**
     * The same steps again, each run twice in one JVM ({@link ChildJvm#runTwice}), compared by their second
     * rounds: what is left once every JVM has started, loaded its classes and compiled its code (the JIT
     * warm-up that Java 17 cannot carry from one JVM to the next), with the models loaded again in each step,
     * as a node running that step alone loads them. Outputs in {@code work/warm}.
     */
    void warm(Path corpus, Path work, int shards) throws IOException, InterruptedException {
        Path dir = work.resolve("warm");
        ChildJvm.Measured single = second(singleRun(corpus, dir.resolve("single")));
        Path templates = dir.resolve("templates.bin");
        ChildJvm.Measured learn = second(templatesPass(corpus, templates));
        List<String> shardDirs = new ArrayList<>();
        double shardWall = 0;
        double shardCpu = 0;
        for (int i = 1; i <= shards; i++) {
            Path shard = dir.resolve("shard-" + i);
            shardDirs.add(shard.toString());
            ChildJvm.Measured m = second(shardRun(corpus, i, shards, templates, shard));
            shardWall += m.seconds();
            shardCpu += m.cpuSeconds();
        }
        ChildJvm.Measured joined = second(mergeRun(shardDirs, dir.resolve("merged")));
        sameOutputs(dir.resolve("single"), dir.resolve("merged"));
        double pathWall = learn.seconds() + shardWall + joined.seconds();
        double pathCpu = learn.cpuSeconds() + shardCpu + joined.cpuSeconds();
        out.printf(Locale.ROOT, "warm (each step's second run in its JVM: start-up, class loading and JIT warm-up "
                        + "out, models loaded again): single run %.2f s wall, %.2f s CPU; shard path %.2f s wall, %.2f s "
                        + "CPU (templates %.2f, shards %.2f, merge %.2f s CPU): %.2f of the single run's rate (CPU: "
                        + "%.2f)%n", single.seconds(), single.cpuSeconds(), pathWall, pathCpu, learn.cpuSeconds(),
                shardCpu, joined.cpuSeconds(), single.seconds() / pathWall, single.cpuSeconds() / pathCpu);
    }

    /** The commands of the steps, the same in both passes: every step with this bench's threads, duplicates kept. */
    private List<String> singleRun(Path corpus, Path out) {
        return List.of("run", corpus.toString(), "--out", out.toString(), "--quiet", "--threads",
                Integer.toString(threads), "--keep-duplicates");
    }

    private List<String> templatesPass(Path corpus, Path file) {
        return List.of("templates", corpus.toString(), "--out", file.toString(), "--threads", Integer.toString(threads),
                "--quiet");
    }

    private List<String> shardRun(Path corpus, int shard, int shards, Path templates, Path out) {
        return List.of("run", corpus.toString(), "--shard", shard + "/" + shards, "--templates", templates.toString(),
                "--out", out.toString(), "--quiet", "--threads", Integer.toString(threads), "--keep-duplicates");
    }

    private static List<String> mergeRun(List<String> shardDirs, Path out) {
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(shardDirs);
        args.addAll(List.of("--out", out.toString(), "--quiet", "--keep-duplicates"));
        return args;
    }

    private ChildJvm.Measured second(List<String> args) throws IOException, InterruptedException {
        return ChildJvm.runTwice(heap, args).get(1);
    }

    /** A corpus of the first file of {@code corpus}: a run over it is start-up and model loading. */
    private static Path tinyCorpus(Path corpus, Path work) throws IOException {
        Path tiny = work.resolve("tiny");
        try (Stream<Path> all = Files.walk(corpus)) {
            Path first = all.filter(Files::isRegularFile).sorted().findFirst()
                    .orElseThrow(() -> new UserException("empty corpus: " + corpus, ExitCodes.USAGE));
            Files.createDirectories(tiny);
            Files.copy(first, tiny.resolve(first.getFileName()));
        }
        return tiny;
    }

    /** Compares every output but the index, run.json and hidden files; fails naming the first difference. */
    private static int sameOutputs(Path single, Path merged) throws IOException {
        List<String> a = listing(single);
        List<String> b = listing(merged);
        if (!a.equals(b)) {
            throw new UserException("the merge wrote other files than the single run: " + a.size() + " against "
                    + b.size(), ExitCodes.FAILED);
        }
        for (String name : a) {
            if (!Arrays.equals(Files.readAllBytes(single.resolve(name)), Files.readAllBytes(merged.resolve(name)))) {
                throw new UserException("the merge's " + name + " differs from the single run's", ExitCodes.FAILED);
            }
        }
        return a.size();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.startsWith("index/") && !n.startsWith(".") && !n.equals("run.json")).sorted()
                    .toList();
        }
    }

    private static Map<String, Object> json(Path dir) throws IOException {
        return Json.read(Files.readString(dir.resolve("run.json")));
    }

    private static long number(Map<String, Object> json, String key) {
        return json.get(key) instanceof Number n ? n.longValue() : 0;
    }

    private static Map<String, Double> stageSeconds(Map<String, Object> json) {
        Map<String, Double> seconds = new TreeMap<>();
        if (json.get("stage_seconds") instanceof Map<?, ?> stages) {
            stages.forEach((k, v) -> seconds.put((String) k, ((Number) v).doubleValue()));
        }
        return seconds;
    }

    private static double sum(Map<String, Double> stages, List<String> names) {
        return names.stream().mapToDouble(n -> stages.getOrDefault(n, 0.0)).sum();
    }

    private static String format(Map<String, Double> stages) {
        StringBuilder sb = new StringBuilder();
        stages.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k)
                .append(String.format(Locale.ROOT, " %.2f", v)));
        return sb.toString();
    }
}
