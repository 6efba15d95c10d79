package org.attache.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.attache.ingest.Templates;
import org.attache.pipeline.PartitionRun;
import org.attache.pipeline.RunConfig;
import org.attache.pipeline.ShardMerge;

/**
 * The Spark job: {@code spark-submit --class org.attache.spark.SparkRun attache-spark.jar INPUT... --out OUT}
 * writes to OUT what {@code attache run INPUT... --out OUT} writes (the same CSV files, clean texts,
 * report.html and index), whatever the number of partitions.
 */
public final class SparkRun {

    /** What one job does; {@code work} is a folder every executor and the driver reach (attempts' shards). */
    record Options(List<String> inputs, String out, String work, int partitions, long maxBytes,
                   long docTimeoutSeconds, int threadsPerTask, boolean keepDuplicates) {
    }

    /** How long each part took, in seconds (the driver's view). */
    record Timing(double listing, double templates, double analysis, double merge, int documents, long words) {

        double total() {
            return listing + templates + analysis + merge;
        }
    }

    private SparkRun() {
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        long t0 = System.nanoTime();
        SparkConf conf = new SparkConf().setAppName("attache");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            double startup = (System.nanoTime() - t0) / 1e9;
            Timing t = run(sc, options);
            System.err.printf(java.util.Locale.ROOT, "attache on Spark: %d documents, %d words in %.1f s: %.0f words/s "
                    + "(listing %.1f s, templates %.1f s, analysis %.1f s, merge %.1f s; context start-up %.1f s "
                    + "not counted)%n", t.documents(), t.words(), t.total(), t.words() / t.total(), t.listing(),
                    t.templates(), t.analysis(), t.merge(), startup);
        }
    }

    /** Runs the job on {@code sc}; the outputs are in {@code options.out()} when it returns. */
    static Timing run(JavaSparkContext sc, Options o) throws IOException, ShardMerge.Refused {
        long t0 = System.nanoTime();
        Configuration hadoop = sc.hadoopConfiguration();
        HashMap<String, String> settings = Inputs.settings(hadoop);
        CorpusListing corpus = CorpusListing.of(o.inputs(), hadoop);
        long t1 = System.nanoTime();
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(1, sc.defaultParallelism() * 2);
        Templates templates = TemplateStage.learn(sc, corpus.files(), partitions, o.maxBytes(), settings);
        String check = PartitionRun.corpusCheck(corpus.ids(), corpus.skipped(), templates);
        long t2 = System.nanoTime();
        List<ShardWork> shares = ShardWork.split(corpus, partitions);
        FileSystem workFs = new org.apache.hadoop.fs.Path(URI.create(o.work())).getFileSystem(hadoop);
        workFs.delete(new org.apache.hadoop.fs.Path(URI.create(o.work())), true);
        List<String> folders = sc.parallelize(shares, partitions)
                .mapPartitions(new AnalysisTask(templates, check, o.inputs(), o.work(), o.maxBytes(),
                        o.docTimeoutSeconds(), o.threadsPerTask(), settings))
                .collect();
        long t3 = System.nanoTime();
        long words = DriverMerge.merge(folders, o, hadoop, version()).outcome().totals().words();
        workFs.delete(new org.apache.hadoop.fs.Path(URI.create(o.work())), true);
        long t4 = System.nanoTime();
        return new Timing((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, corpus.files().size(),
                words);
    }

    private static String version() {
        String v = SparkRun.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static Options parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String work = null;
        int partitions = 0;
        long maxBytes = RunConfig.DEFAULT_MAX_BYTES;
        long timeout = RunConfig.DEFAULT_DOC_TIMEOUT_SECONDS;
        int threads = 1;
        boolean keepDuplicates = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = value(args, ++i);
                case "--work" -> work = value(args, ++i);
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                case "--max-bytes" -> maxBytes = Long.parseLong(value(args, ++i));
                case "--doc-timeout" -> timeout = Long.parseLong(value(args, ++i));
                case "--threads-per-task" -> threads = Integer.parseInt(value(args, ++i));
                case "--keep-duplicates" -> keepDuplicates = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i] + "; usage: INPUT... --out OUT "
                                + "[--work URI] [--partitions N] [--max-bytes B] [--doc-timeout S] [--threads-per-task T] [--keep-duplicates]");
                    }
                    inputs.add(args[i]);
                }
            }
        }
        if (inputs.isEmpty() || out == null) {
            throw new IllegalArgumentException("usage: INPUT... --out OUT [--work URI] [--partitions N]");
        }
        String absOut = Inputs.isLocal(out) ? AnalysisTask.localPath(out).toAbsolutePath().toUri().toString() : out;
        if (work == null) {
            work = (absOut.endsWith("/") ? absOut : absOut + "/") + ".spark-attempts";
        }
        return new Options(List.copyOf(inputs), out, work, partitions, maxBytes, timeout, threads, keepDuplicates);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
