package org.attache.spark;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.attache.ingest.Templates;
import org.attache.pipeline.PartitionRun;
import org.attache.pipeline.RunConfig;
import org.attache.pipeline.SourceFile;
import org.attache.report.CsvStyle;

/**
 * The second stage, one task per share: the pipeline's own processor over the share's documents into a
 * shard folder (its Lucene index, clean texts, shard.json) under a folder named after this task attempt,
 * so that a failed or speculative attempt never mixes with the one Spark keeps; returns that folder's URI,
 * and the driver merges only the folders the successful attempts returned.
 */
final class AnalysisTask implements FlatMapFunction<Iterator<ShardWork>, String>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Templates templates;
    private final String corpusCheck;
    private final List<String> inputs;
    private final String work;
    private final long maxBytes;
    private final long docTimeoutSeconds;
    private final int threads;
    private final HashMap<String, String> hadoop;

    AnalysisTask(Templates templates, String corpusCheck, List<String> inputs, String work, long maxBytes,
                 long docTimeoutSeconds, int threads, HashMap<String, String> hadoop) {
        this.templates = templates;
        this.corpusCheck = corpusCheck;
        this.inputs = List.copyOf(inputs);
        this.work = work;
        this.maxBytes = maxBytes;
        this.docTimeoutSeconds = docTimeoutSeconds;
        this.threads = threads;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<String> call(Iterator<ShardWork> shares) throws Exception {
        List<String> folders = new ArrayList<>();
        Configuration conf = Inputs.configuration(hadoop);
        while (shares.hasNext()) {
            folders.add(run(shares.next(), conf));
        }
        return folders.iterator();
    }

    private String run(ShardWork share, Configuration conf) throws Exception {
        TaskContext task = TaskContext.get();
        String attempt = String.format("shard-%05d-of-%05d-stage-%d-attempt-%d", share.index(), share.count(),
                task == null ? 0 : task.stageId(), task == null ? 0 : task.attemptNumber());
        String target = work.endsWith("/") ? work + attempt : work + "/" + attempt;
        boolean localWork = Inputs.isLocal(target);
        Path scratch = Files.createTempDirectory("attache-task");
        try {
            Path out = localWork ? localPath(target) : scratch.resolve("out");
            Scratch.delete(out); // an earlier attempt of the same number (a restarted stage) left it
            List<SourceFile> files = new ArrayList<>();
            int slot = 0;
            for (FileRef ref : share.files()) {
                files.add(new SourceFile(ref.id(), Inputs.local(ref, scratch.resolve("in"), slot++, conf)));
            }
            RunConfig config = new RunConfig(List.of(), out, threads, maxBytes,
                    CsvStyle.DEFAULT, true, docTimeoutSeconds);
            PartitionRun.run(share.spec(), files, share.skipped(), templates, corpusCheck, inputs, config,
                    ExecutorModels.analyzers());
            if (!localWork) {
                org.apache.hadoop.fs.Path dest = new org.apache.hadoop.fs.Path(URI.create(target));
                FileSystem fs = dest.getFileSystem(conf);
                fs.delete(dest, true);
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(out.toUri()), dest);
            }
            return target;
        } finally {
            Scratch.delete(scratch);
        }
    }

    static Path localPath(String uri) {
        URI u = URI.create(uri);
        return u.getScheme() == null ? Path.of(uri) : Path.of(u);
    }
}
