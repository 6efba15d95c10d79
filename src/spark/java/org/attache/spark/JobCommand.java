package org.attache.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.attache.pipeline.RunConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The job's command line, as spark-submit passes it after the jar: the options of {@code attache run} it has. */
@Command(name = "attache-spark", mixinStandardHelpOptions = true, description = {
        "Analyses a corpus on Spark into OUT: the index, clean texts, every CSV file, report.html and run.json that "
                + "'attache run INPUT... --out OUT' writes, byte for byte, whatever the partitions."})
final class JobCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Corpus folders or files: paths or URIs of any Hadoop file system (hdfs://, s3a://, file://).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "Output folder, on the driver's disk or any Hadoop file system (written on the driver, "
                    + "then copied there).")
    String out;

    @Option(names = "--work", paramLabel = "URI", description = "Where the tasks leave their shard folders for the "
            + "driver: a folder every executor and the driver reach (default: OUT/.spark-attempts); removed at the end.")
    String work;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Shares of the corpus, one task each (default: twice Spark's default parallelism).")
    int partitions;

    @Option(names = "--threads-per-task", paramLabel = "T", description = "Analysis threads of a task (default: 1; "
            + "set spark.task.cpus to match).")
    int threadsPerTask = 1;

    @Option(names = "--max-bytes", paramLabel = "BYTES", description = "Reject inputs larger than this.")
    long maxBytes = RunConfig.DEFAULT_MAX_BYTES;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", description = "Time budget of one document.")
    long docTimeout = RunConfig.DEFAULT_DOC_TIMEOUT_SECONDS;

    @Option(names = "--keep-duplicates", description = "Count every file in actors.csv and the charts, copies too.")
    boolean keepDuplicates;

    /** The job's options, checked. */
    SparkRun.Options options() {
        if (partitions < 0 || threadsPerTask < 1 || maxBytes < 1 || docTimeout < 1) {
            throw new IllegalArgumentException("--partitions must be 0 (default) or more; --threads-per-task, "
                    + "--max-bytes and --doc-timeout positive");
        }
        String absOut = Inputs.isLocal(out) ? AnalysisTask.localPath(out).toAbsolutePath().toUri().toString() : out;
        String attempts = work != null ? work : (absOut.endsWith("/") ? absOut : absOut + "/") + ".spark-attempts";
        return new SparkRun.Options(List.copyOf(inputs), out, attempts, partitions, maxBytes, docTimeout,
                threadsPerTask, keepDuplicates);
    }

    @Override
    public Integer call() throws Exception {
        SparkRun.Options options = options();
        long t0 = System.nanoTime();
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("attache"))) {
            double startup = (System.nanoTime() - t0) / 1e9;
            SparkRun.Timing t = SparkRun.run(sc, options);
            System.err.printf(Locale.ROOT, "attache on Spark: %d documents, %d words in %.1f s: %.0f words/s "
                    + "(listing %.1f s, templates %.1f s, analysis %.1f s, merge %.1f s; context start-up %.1f s "
                    + "not counted)%n", t.documents(), t.words(), t.total(), t.words() / t.total(), t.listing(),
                    t.templates(), t.analysis(), t.merge(), startup);
        }
        return 0;
    }
}
