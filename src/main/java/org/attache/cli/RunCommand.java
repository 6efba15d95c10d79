package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.attache.cli.args.Arguments;
import org.attache.cli.args.CommandSpec;
import org.attache.cli.args.Option;
import org.attache.cli.args.Option.Kind;
import org.attache.cli.args.Parameters;
import org.attache.index.IndexBusyException;
import org.attache.model.Rejection;
import org.attache.nlp.Analyzers;
import org.attache.nlp.actors.ActorLists;
import org.attache.nlp.actors.GazetteerException;
import org.attache.pipeline.DefaultAnalyzers;
import org.attache.pipeline.FailureReason;
import org.attache.pipeline.OutputLayout;
import org.attache.pipeline.Pipeline;
import org.attache.pipeline.RunConfig;
import org.attache.pipeline.RunLock;
import org.attache.pipeline.RunOutcome;
import org.attache.pipeline.RunRecord;

/** {@code attache run}: the whole pipeline over a corpus. */
public final class RunCommand implements Command {

    static final Option OUT = Option.value("--out", Kind.PATH, "DIR", "Output folder (default: {default}).")
            .withDefault("output");
    static final Option THREADS = Option.value("--threads", Kind.INTEGER, "N",
            "Analysis threads (default: all cores, {default}).").withDefault(Runtime.getRuntime().availableProcessors());
    static final Option MAX_BYTES = Option.value("--max-bytes", Kind.LONG, "BYTES",
            "Reject inputs larger than this (default: {default}).").withDefault(RunConfig.DEFAULT_MAX_BYTES);
    static final Option DOC_TIMEOUT = Option.value("--doc-timeout", Kind.LONG, "SECONDS",
            "Time budget of one document; a document taking longer is rejected (default: {default}).")
            .withDefault(RunConfig.DEFAULT_DOC_TIMEOUT_SECONDS);
    static final Option QUIET = Option.flag("--quiet", "No progress or summary on stderr.");
    static final Option ACTORS = Option.value("--actors", Kind.PATH, "FILE",
            "Your own actor list, in the columns of models/actors.tsv: adds actors and forms, renames "
                    + "(a row listing an actor's name among its aliases), ignores (type IGNORE). Repeatable; "
                    + "later files win. Documents it can change are analysed again.").repeated();
    static final Option STRICT = Option.flag("--strict", "Exit with code 3 when any input was rejected.");
    static final Option FOLLOW_LINKS = Option.flag("--follow-links",
            "Read symbolic links whose target lies outside the input folders (skipped by default).");
    static final Option KEEP_DUPLICATES = Option.flag("--keep-duplicates", "Count every file in actors.csv and the "
            + "charts, copies and near-duplicates too (default: each story once; documents.csv names duplicate_of).");

    static final CommandSpec SPEC = new CommandSpec("run", List.of(
            "Cleans every document of the corpus, finds actors and quotations, updates the search index "
                    + "and writes the CSV reports, clean texts and run.json to the output folder.",
            "Re-runs only analyse documents that changed; documents whose files vanished are removed.",
            "",
            "Exit codes: 0 done (rejected inputs are listed in errors.csv), 1 the run failed, "
                    + "2 usage error, 3 with --strict when any input was rejected, 4 some input has no outcome "
                    + "(listed as lost in errors.csv; please report)."),
            Parameters.many("INPUT", 0, "Corpus folders (read recursively) or files. Default: corpus/ in the "
                    + "current folder."),
            List.of(OUT, THREADS, MAX_BYTES, DOC_TIMEOUT, ACTORS, CsvStyleOption.EXCEL, XlsxOption.XLSX, QUIET, STRICT,
                    KEEP_DUPLICATES, FOLLOW_LINKS));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int call(Arguments args, Console console) throws IOException, InterruptedException {
        List<Path> inputs = args.parameters().stream().map(Path::of).toList();
        Path out = args.path(OUT);
        int threads = args.integer(THREADS);
        long maxBytes = args.longInteger(MAX_BYTES);
        long docTimeout = args.longInteger(DOC_TIMEOUT);
        boolean quiet = args.flag(QUIET);
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, got " + threads, ExitCodes.USAGE);
        }
        if (maxBytes < 1) {
            throw new UserException("--max-bytes must be positive, got " + maxBytes, ExitCodes.USAGE);
        }
        if (docTimeout < 1) {
            throw new UserException("--doc-timeout must be positive, got " + docTimeout, ExitCodes.USAGE);
        }
        List<Path> roots = inputs.isEmpty() ? List.of(Path.of("corpus")) : inputs;
        for (Path root : roots) { // checked before the output folder is touched
            if (!Files.exists(root)) {
                throw new UserException("input not found: " + root + (inputs.isEmpty()
                        ? " (run from the project folder, or name the corpus folder)"
                        : " (check the path; give corpus folders or files)"), ExitCodes.USAGE);
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserException("--out " + out + " is a file, not a folder; choose a folder for the outputs",
                    ExitCodes.FAILED);
        }
        ActorLists actorLists = actorLists(args.texts(ACTORS));
        RunConfig config = new RunConfig(roots, out, threads, maxBytes, CsvStyleOption.style(args),
                quiet, docTimeout, actorLists, args.flag(KEEP_DUPLICATES), args.flag(FOLLOW_LINKS));
        PrintWriter err = console.err();
        OutputLayout layout = new OutputLayout(out);
        List<String> inputNames = roots.stream().map(Path::toString).toList();
        try (RunLock lock = RunLock.acquire(layout.lockFile())) {
            Analyzers analyzers = DefaultAnalyzers.load(actorLists);
            RunRecord record = new RunRecord(layout, VersionProvider.version(), analyzers::models);
            record.started(inputNames);
            Pipeline pipeline = new Pipeline(config, analyzers, err);
            RunOutcome outcome = pipeline.run();
            XlsxOption.writeIfAsked(args, out);
            record.finished(inputNames, outcome, pipeline.timer());
            if (!quiet) {
                err.println(summary(outcome));
                err.flush();
            }
            if (pipeline.lost() > 0) {
                err.println(Main.NAME + ": " + pipeline.lost() + " inputs have no outcome; they are listed as lost in "
                        + "errors.csv (please report this)");
                return ExitCodes.LOST_INPUTS;
            }
            return args.flag(STRICT) && !outcome.rejected().isEmpty() ? ExitCodes.REJECTED_INPUTS : ExitCodes.OK;
        } catch (NoSuchFileException e) {
            throw new UserException("input not found: " + e.getFile()
                    + (inputs.isEmpty() ? " (run from the project folder, or name the corpus folder)" : ""),
                    ExitCodes.USAGE);
        } catch (RunLock.OutputBusyException | IndexBusyException e) {
            throw new UserException(e.getMessage(), ExitCodes.FAILED);
        } catch (IOException | RuntimeException e) {
            if (FailureReason.isDiskFull(e)) {
                throw UserException.diskFull(out);
            }
            if (e instanceof java.nio.file.FileSystemException fse) {
                throw UserException.cannotWrite(fse, "--out");
            }
            throw e;
        }
    }

    /** Reads the --actors files before anything is written: a missing file or bad row is a usage error. */
    private static ActorLists actorLists(List<String> files) {
        List<Path> paths = files.stream().map(Path::of).toList();
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

    static String summary(RunOutcome o) {
        StringBuilder sb = new StringBuilder();
        var t = o.totals();
        sb.append(String.format(java.util.Locale.ROOT,
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
