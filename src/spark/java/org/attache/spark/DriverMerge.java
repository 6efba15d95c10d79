package org.attache.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.attache.pipeline.OutputLayout;
import org.attache.pipeline.RunRecord;
import org.attache.pipeline.ShardMerge;
import org.attache.report.CsvStyle;

/**
 * The last step, on the driver: the shard folders of the successful task attempts (copied here when
 * they are on a remote file system) merged by the project's own {@link ShardMerge} (index sorted by id,
 * CSV files with the project's CSV rules, report.html, clean texts), run.json written as a run writes it;
 * an output folder on a remote file system is written here first, then copied there.
 */
final class DriverMerge {

    private DriverMerge() {
    }

    /** Merges the shard folders into the output; what the merge wrote. */
    static ShardMerge.Result merge(List<String> folders, SparkRun.Options o, Configuration hadoop, String version)
            throws IOException, ShardMerge.Refused {
        Path scratch = Files.createTempDirectory("attache-merge");
        try {
            List<Path> shards = new ArrayList<>();
            for (String folder : folders) {
                if (Inputs.isLocal(folder)) {
                    shards.add(AnalysisTask.localPath(folder));
                } else {
                    Path copy = scratch.resolve("shards").resolve(String.valueOf(shards.size()));
                    Files.createDirectories(copy.getParent());
                    org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(URI.create(folder));
                    src.getFileSystem(hadoop).copyToLocalFile(false, src, new org.apache.hadoop.fs.Path(copy.toUri()), true);
                    shards.add(copy);
                }
            }
            boolean localOut = Inputs.isLocal(o.out());
            Path out = localOut ? AnalysisTask.localPath(o.out()) : scratch.resolve("out");
            ShardMerge.Result merged = ShardMerge.merge(shards, out, CsvStyle.DEFAULT, o.keepDuplicates());
            new RunRecord(new OutputLayout(out), version, merged.models())
                    .finished(merged.inputs(), merged.outcome(), merged.timer());
            if (!localOut) {
                org.apache.hadoop.fs.Path dest = new org.apache.hadoop.fs.Path(URI.create(o.out()));
                FileSystem fs = dest.getFileSystem(hadoop);
                fs.delete(dest, true);
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(out.toUri()), dest);
            }
            return merged;
        } finally {
            Scratch.delete(scratch);
        }
    }
}
