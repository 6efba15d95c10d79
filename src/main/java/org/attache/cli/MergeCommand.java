package org.attache.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.index.IndexBusyException;
import org.attache.pipeline.OutputLayout;
import org.attache.pipeline.RunLock;
import org.attache.pipeline.RunRecord;
import org.attache.pipeline.ShardMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache merge}: the output of a single run from the output folders of its shards. */
@Command(name = "merge", description = {
        "Joins the output folders of the N shards of a corpus (each written by 'attache run --shard I/N') into "
                + "one output folder: the merged search index, every clean text, CSV file, report.html and "
                + "run.json, as a single run over the whole corpus would have written them.",
        "Replaces the index, clean texts and reports of the output folder.",
        "",
        "Exit codes: 0 done, 1 the merge failed, 2 usage error (a shard missing, given twice, unfinished, or "
                + "run over another corpus), 4 some shard has inputs without outcome (see errors.csv)."})
public final class MergeCommand extends BaseCommand {

    @Parameters(arity = "1..*", paramLabel = "SHARD_OUT",
            description = "The output folders of the shards, in any order.")
    List<Path> shards = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder of the merge (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("output");

    @Mixin
    CsvStyleOption csvStyle;

    @Mixin
    XlsxOption xlsx;

    @Option(names = "--keep-duplicates", description = "Count every file in actors.csv and the charts, copies and "
            + "near-duplicates too (as run --keep-duplicates).")
    boolean keepDuplicates;

    @Option(names = "--quiet", description = "No summary on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        for (Path shard : shards) {
            if (!Files.isDirectory(shard)) {
                throw new UserException("shard folder not found: " + shard, ExitCodes.USAGE);
            }
        }
        OutFolder.requireNoFileAt(out);
        OutputLayout layout = new OutputLayout(out);
        try {
            Files.createDirectories(out);
            try (RunLock lock = RunLock.acquire(layout.lockFile())) {
                ShardMerge.Result merged = ShardMerge.merge(shards, out, csvStyle.style(), keepDuplicates);
                xlsx.writeIfAsked(out);
                RunRecord record = new RunRecord(layout, Version.current(), merged.models());
                record.finished(merged.inputs(), merged.outcome(), merged.timer());
                if (!quiet) {
                    err().println("Merged " + shards.size() + " shards. " + RunCommand.summary(merged.outcome()));
                    err().flush();
                }
                return merged.lost() > 0 ? ExitCodes.LOST_INPUTS : ExitCodes.OK;
            }
        } catch (ShardMerge.Refused e) {
            throw new UserException(e.getMessage(), ExitCodes.USAGE);
        } catch (RunLock.OutputBusyException | IndexBusyException e) {
            throw new UserException(e.getMessage(), ExitCodes.FAILED);
        } catch (FileSystemException e) {
            throw UserException.cannotWrite(e, "--out");
        }
    }
}
