package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.cli.args.Arguments;
import org.attache.cli.args.CommandSpec;
import org.attache.cli.args.Option;
import org.attache.cli.args.Option.Kind;
import org.attache.cli.args.Parameters;
import org.attache.index.ActorNames;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.attache.pipeline.CleanTexts;
import org.attache.pipeline.OutputLayout;
import org.attache.pipeline.RunLock;
import org.attache.report.CsvReport;
import org.attache.report.ReportFilter;
import org.attache.report.Reports;

/** {@code attache report}: rebuilds the CSV files and report.html from the index, for all or some documents. */
public final class ReportCommand implements Command {

    static final Option OUT = Option.value("--out", Kind.PATH, "DIR",
            "Output folder of an earlier run, holding index/ (default: {default}).").withDefault("output");
    static final Option QUERY = Option.value("--query", Kind.TEXT, "Q",
            "Only documents matching this Lucene query over title and text: words (all required), "
                    + "\"exact phrases\", OR, NOT, title:word, prefix*.").withDefault("");
    static final Option ACTOR = Option.value("--actor", Kind.TEXT, "NAME",
            "Only documents mentioning this actor, by canonical name as in actors.csv "
                    + "(case-insensitive). Repeat to require several.").repeated();
    static final Option SINCE = Option.value("--since", Kind.TEXT, "DATE",
            "Only documents dated on or after DATE (yyyy-mm-dd, yyyy-mm or yyyy).");
    static final Option UNTIL = Option.value("--until", Kind.TEXT, "DATE",
            "Only documents dated on or before DATE (yyyy-mm-dd, yyyy-mm or yyyy; a month or year counts to its end).");
    static final Option DEST = Option.value("--dest", Kind.PATH, "DIR2",
            "Write the reports here (default: the --out folder, or OUT/reports/<filters>/ with filters).");
    static final Option QUIET = Option.flag("--quiet", "No summary on stderr.");
    static final Option LANGUAGE = Option.value("--language", Kind.TEXT, "CODE",
            "Only documents in this language, by its code in documents.csv (en, fr, de, unknown). "
                    + "Repeat for any of several.").repeated();
    static final Option KEEP_DUPLICATES = Option.flag("--keep-duplicates", "Count every file in actors.csv and the "
            + "charts, copies and near-duplicates too (default: each story once).");

    static final CommandSpec SPEC = new CommandSpec("report", List.of(
            "Rebuilds the CSV files and report.html from the index of a run, for the whole corpus or for the "
                    + "documents matching a query, actors and dates. Nothing is analysed again.",
            "",
            "Without filters the reports in the output folder are rebuilt; with filters they go to "
                    + "OUT/reports/<filters>/ unless --dest says where.",
            "",
            "Exit codes: 0 done (also when no document matches), 1 the report failed (e.g. the output folder "
                    + "is in use by a run), 2 usage error (bad query or date, no index in the output folder)."),
            Parameters.NONE, List.of(OUT, QUERY, ACTOR, SINCE, UNTIL, LANGUAGE, DEST, CsvStyleOption.EXCEL,
                    XlsxOption.XLSX, QUIET, KEEP_DUPLICATES));

    private final ActorNames actorNames;

    public ReportCommand() {
        this(new GazetteerNames());
    }

    /** With another alias resolver (tests). */
    ReportCommand(ActorNames actorNames) {
        this.actorNames = actorNames;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int call(Arguments args, Console console) throws IOException {
        ReportFilter filter = filter(args);
        Path out = args.path(OUT);
        OutputLayout layout = new OutputLayout(out);
        Path target = args.flag(DEST) ? args.path(DEST) : filter.isAll() ? out : out.resolve("reports").resolve(filter.slug());
        if (!java.nio.file.Files.isDirectory(layout.index())) {
            throw noIndex(layout, out);
        }
        try (Directory dir = FSDirectory.open(layout.index())) {
            if (!DirectoryReader.indexExists(dir)) {
                throw noIndex(layout, out);
            }
            try (RunLock lock = lockFor(out, target);
                 DirectoryReader reader = DirectoryReader.open(dir)) {
                CsvReport.Totals t = Reports.write(reader, filter, actorNames, target, CsvStyleOption.style(args),
                        args.flag(KEEP_DUPLICATES));
                XlsxOption.writeIfAsked(args, target);
                if (realPath(target).equals(realPath(out))) {
                    CleanTexts.repair(layout, reader); // the clean texts beside these reports, as the index has them
                }
                if (!args.flag(QUIET)) {
                    PrintWriter err = console.err();
                    err.println(String.format(Locale.ROOT,
                            "Report on %s: %d documents, %,d words, %,d actor mentions of %d actors, %d quotations, "
                                    + "%d transcript turns. Wrote the CSV files%s and report.html to %s.",
                            filter.describe(), t.documents(), t.words(), t.mentions(), t.actors(), t.quotes(),
                            t.statements(), args.flag(XlsxOption.XLSX) ? ", attache.xlsx" : "", target));
                    err.flush();
                }
                return ExitCodes.OK;
            }
        } catch (RunLock.OutputBusyException e) {
            throw new UserException(e.getMessage(), ExitCodes.FAILED);
        } catch (java.nio.file.FileSystemException e) {
            throw UserException.cannotWrite(e, "--dest");
        }
    }

    /**
     * The lock a report into {@code target} must hold: the output folder's when the target lies inside it,
     * or the lock of another run's output folder the target lies in; real paths are compared, so a
     * symbolic link to a folder in use does not get round the lock.
     */
    static RunLock lockFor(Path out, Path target) throws IOException {
        Path realOut = realPath(out);
        Path realTarget = realPath(target);
        if (realTarget.startsWith(realOut)) {
            return RunLock.acquire(new OutputLayout(out).lockFile());
        }
        for (Path p = realTarget; p != null; p = p.getParent()) {
            Path lockFile = new OutputLayout(p).lockFile();
            if (java.nio.file.Files.isRegularFile(lockFile)) {
                return RunLock.acquire(lockFile);
            }
        }
        return null;
    }

    /** The real path of {@code path}, or of its deepest existing ancestor followed by the rest of it. */
    static Path realPath(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !java.nio.file.Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
    }

    private static UserException noIndex(OutputLayout layout, Path out) {
        return new UserException("no index in " + layout.index() + "; run `attache run --out " + out + "` first",
                ExitCodes.USAGE);
    }

    private ReportFilter filter(Arguments args) {
        try {
            ReportFilter filter = new ReportFilter(args.text(QUERY), args.texts(ACTOR),
                    Optional.ofNullable(args.text(SINCE)).map(ReportFilter::startOf),
                    Optional.ofNullable(args.text(UNTIL)).map(ReportFilter::endOf), args.texts(LANGUAGE));
            filter.toQuery(actorNames);
            return filter;
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCodes.USAGE);
        }
    }
}
