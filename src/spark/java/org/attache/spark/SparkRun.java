package org.attache.spark;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.attache.ingest.Templates;
import org.attache.pipeline.PartitionRun;
import org.attache.pipeline.ShardMerge;
import picocli.CommandLine;

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

    public static void main(String[] args) {
        System.exit(new CommandLine(new JobCommand()).execute(args));
    }

    /** The options of a command line (as {@link #main} reads it). */
    static Options parse(String... args) {
        JobCommand command = new JobCommand();
        new CommandLine(command).parseArgs(args);
        return command.options();
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
}
