package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.index.IndexBusyException;
import org.attache.model.Rejection;
import org.attache.nlp.AnalysisModels;
import org.attache.nlp.actors.ActorLists;
import org.attache.nlp.actors.GazetteerException;
import org.attache.pipeline.ShippedModels;
import org.attache.pipeline.FailureReason;
import org.attache.pipeline.OutputLayout;
import org.attache.pipeline.Pipeline;
import org.attache.pipeline.RunConfig;
import org.attache.pipeline.RunLock;
import org.attache.pipeline.RunOutcome;
import org.attache.pipeline.RunRecord;
import org.attache.pipeline.ShardRecord;
import org.attache.pipeline.ShardSpec;
import org.attache.pipeline.TemplatesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache run}: the whole pipeline over a corpus. */
@Command(name = "run", description = {
        "Cleans every document of the corpus, finds actors and quotations, updates the search index "
                + "and writes the CSV reports, clean texts and run.json to the output folder.",
        "Re-runs only analyse documents that changed; documents whose files vanished are removed.",
        "",
        "Exit codes: 0 done (rejected inputs are listed in errors.csv), 1 the run failed, "
                + "2 usage error, 3 with --strict when any input was rejected, 4 some input has no outcome "
                + "(listed as lost in errors.csv; please report)."})
public final class RunCommand extends BaseCommand {

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("output");

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS",
            description = "Time budget of one document; a document taking longer is rejected "
                    + "(default: ${DEFAULT-VALUE}).")
    long docTimeout = RunConfig.DEFAULT_DOC_TIMEOUT_SECONDS;

    @Option(names = "--actors", paramLabel = "FILE", description = "Your own actor list, in the columns of "
            + "models/actors.tsv: adds actors and forms, renames (a row listing an actor's name among its aliases), "
            + "ignores (type IGNORE). Repeatable; later files win. Documents it can change are analysed again.")
    List<Path> actors = new ArrayList<>();

    @Mixin
    CsvStyleOption csvStyle;

    @Mixin
    XlsxOption xlsx;

    @Option(names = "--quiet", description = "No progress or summary on stderr.")
    boolean quiet;

    @Option(names = "--strict", description = "Exit with code 3 when any input was rejected.")
    boolean strict;

    @Option(names = "--keep-duplicates", description = "Count every file in actors.csv and the charts, copies and "
            + "near-duplicates too (default: each story once; documents.csv names duplicate_of).")
    boolean keepDuplicates;

    @Option(names = "--shard", paramLabel = "I/N", description = "Analyse only share I of N of the corpus (by a hash "
            + "of each document's id; site templates still learned from the whole corpus), for a batch scheduler; "
            + "join the N output folders with 'attache merge'.")
    String shard;

    @Option(names = "--templates", paramLabel = "FILE", description = "Clean with the site templates of FILE, written "
            + "by 'attache templates' over the same corpus, instead of learning them from the whole corpus: each shard "
            + "of a split corpus then reads only its own share.")
    Path templates;

    @Override
    public Integer call() throws IOException, InterruptedException {
        corpus.check();
        if (docTimeout < 1) {
            throw new UserException("--doc-timeout must be positive, got " + docTimeout, ExitCodes.USAGE);
        }
        List<Path> roots = corpus.roots();
        for (Path root : roots) { // checked before the output folder is touched
            if (!Files.exists(root)) {
                throw new UserException("input not found: " + root + (corpus.defaulted()
                        ? " (run from the project folder, or name the corpus folder)"
                        : " (check the path; give corpus folders or files)"), ExitCodes.USAGE);
            }
        }
        OutFolder.requireNoFileAt(out);
        if (templates != null && !Files.isRegularFile(templates)) {
            throw new UserException("--templates " + templates + ": file not found (write it with 'attache templates')",
                    ExitCodes.USAGE);
        }
        ShardSpec share = shard();
        ActorLists actorLists = actorLists(actors);
        RunConfig config = new RunConfig(roots, out, corpus.threads, corpus.maxBytes, csvStyle.style(),
                quiet, docTimeout, actorLists, keepDuplicates, corpus.followLinks, share);
        PrintWriter err = err();
        OutputLayout layout = new OutputLayout(out);
        List<String> inputNames = roots.stream().map(Path::toString).toList();
        try (RunLock lock = RunLock.acquire(layout.lockFile())) {
            AnalysisModels analyzers = ShippedModels.load(actorLists);
            RunRecord record = new RunRecord(layout, Version.current(), analyzers::models);
            record.started(inputNames);
            ShardRecord.clear(out); // a run under way, or not a shard: nothing a merge may take
            Pipeline pipeline = new Pipeline(config, analyzers, err, templates);
            RunOutcome outcome = pipeline.run();
            if (!share.isShard()) { // a shard writes no reports; the merge writes them (and the workbook)
                xlsx.writeIfAsked(out);
            }
            record.finished(inputNames, outcome, pipeline.timer());
            if (share.isShard()) {
                ShardRecord.of(share, pipeline, inputNames, outcome, analyzers.models()).write(out);
            }
            if (!quiet) {
                err.println(share.isShard() ? shardSummary(share, outcome) : summary(outcome));
                err.flush();
            }
            if (pipeline.lost() > 0) {
                err.println(Main.NAME + ": " + pipeline.lost() + " inputs have no outcome; they are listed as lost in "
                        + "errors.csv (please report this)");
                return ExitCodes.LOST_INPUTS;
            }
            return strict && !outcome.rejected().isEmpty() ? ExitCodes.REJECTED_INPUTS : ExitCodes.OK;
        } catch (NoSuchFileException e) {
            throw new UserException("input not found: " + e.getFile()
                    + (corpus.defaulted() ? " (run from the project folder, or name the corpus folder)" : ""),
                    ExitCodes.USAGE);
        } catch (RunLock.OutputBusyException | IndexBusyException e) {
            throw new UserException(e.getMessage(), ExitCodes.FAILED);
        } catch (TemplatesFile.Unusable e) {
            throw new UserException("--templates " + e.getMessage(), ExitCodes.USAGE);
        } catch (IOException | RuntimeException e) {
            if (FailureReason.isDiskFull(e)) {
                throw UserException.diskFull(out);
            }
            if (e instanceof FileSystemException fse) {
                throw UserException.cannotWrite(fse, "--out");
            }
            throw e;
        }
    }

    private ShardSpec shard() {
        try {
            return shard == null ? ShardSpec.ALL : ShardSpec.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UserException("--shard: " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    /** Reads the --actors files before anything is written: a missing file or bad row is a usage error. */
    private static ActorLists actorLists(List<Path> paths) {
        for (Path p : paths) {
            if (!Files.isRegularFile(p)) {
                throw new UserException("--actors " + p + ": file not found", ExitCodes.USAGE);
            }
        }
        try {
            return paths.isEmpty() ? ActorLists.NONE : ActorLists.read(paths);
        } catch (GazetteerException e) {
            throw new UserException("--actors " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    private static String shardSummary(ShardSpec share, RunOutcome o) {
        return String.format(Locale.ROOT, "Shard %s: %d documents (%d new, %d changed, %d unchanged, %d removed), "
                        + "%d rejected, %d skipped in %.1f s; 'attache merge' writes the reports.", share,
                o.totals().documents(), o.added(), o.updated(), o.unchanged(), o.removed(), o.rejected().size(),
                o.skipped().size(), o.seconds());
    }

    static String summary(RunOutcome o) {
        StringBuilder sb = new StringBuilder();
        var t = o.totals();
        sb.append(String.format(Locale.ROOT,
                "Analysed %d documents (%d new, %d changed, %d unchanged, %d removed) with %,d words in %.1f s: "
                        + "%,d actor mentions of %d actors, %d quotations, %d transcript turns.",
                t.documents(), o.added(), o.updated(), o.unchanged(), o.removed(), t.words(), o.seconds(),
                t.mentions(), t.actors(), t.quotes(), t.statements()));
        if (!o.rejected().isEmpty()) {
            sb.append(' ').append(o.rejected().size()).append(" rejected, first: ");
            List<Rejection> first = o.rejected().subList(0, Math.min(3, o.rejected().size()));
            sb.append(String.join("; ", first.stream().map(r -> r.document() + " (" + r.reason() + ")").toList()));
            sb.append('.');
        }
        if (!o.skipped().isEmpty()) {
            sb.append(' ').append(o.skipped().size()).append(" files skipped as not documents.");
        }
        return sb.toString();
    }
}
