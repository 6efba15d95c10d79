package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.attache.index.ActorNames;
import org.attache.index.CommittedReader;
import org.attache.index.NoIndexException;
import org.attache.pipeline.CleanTexts;
import org.attache.pipeline.OutputLayout;
import org.attache.pipeline.RunLock;
import org.attache.report.CsvReport;
import org.attache.report.ReportFilter;
import org.attache.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache report}: rebuilds the CSV files and report.html from the index, for all or some documents. */
@Command(name = "report", description = {
        "Rebuilds the CSV files and report.html from the index of a run, for the whole corpus or for the "
                + "documents matching a query, actors and dates. Nothing is analysed again.",
        "",
        "Without filters the reports in the output folder are rebuilt; with filters they go to "
                + "OUT/reports/<filters>/ unless --dest says where.",
        "",
        "Exit codes: 0 done (also when no document matches), 1 the report failed (e.g. the output folder "
                + "is in use by a run), 2 usage error (bad query or date, no index in the output folder)."})
public final class ReportCommand extends BaseCommand {

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder of an earlier run, holding index/ (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("output");

    @Option(names = "--query", paramLabel = "Q", description = "Only documents matching this Lucene query over title "
            + "and text: words (all required), \"exact phrases\", OR, NOT, title:word, prefix*.")
    String query = "";

    @Option(names = "--actor", paramLabel = "NAME", description = "Only documents mentioning this actor, by canonical "
            + "name as in actors.csv (case-insensitive). Repeat to require several.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only documents dated on or after DATE (yyyy-mm-dd, yyyy-mm or yyyy).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only documents dated on or before DATE (yyyy-mm-dd, "
            + "yyyy-mm or yyyy; a month or year counts to its end).")
    String until;

    @Option(names = "--language", paramLabel = "CODE", description = "Only documents in this language, by its code in "
            + "documents.csv (en, fr, de, unknown). Repeat for any of several.")
    List<String> languages = new ArrayList<>();

    @Option(names = "--dest", paramLabel = "DIR2",
            description = "Write the reports here (default: the --out folder, or OUT/reports/<filters>/ with filters).")
    Path dest;

    @Mixin
    CsvStyleOption csvStyle;

    @Mixin
    XlsxOption xlsx;

    @Option(names = "--quiet", description = "No summary on stderr.")
    boolean quiet;

    @Option(names = "--keep-duplicates",
            description = "Count every file in actors.csv and the charts, copies and near-duplicates too "
                    + "(default: each story once).")
    boolean keepDuplicates;

    private final ActorNames actorNames;

    public ReportCommand() {
        this(new GazetteerNames());
    }

    /** With another alias resolver (tests). */
    ReportCommand(ActorNames actorNames) {
        this.actorNames = actorNames;
    }

    @Override
    public Integer call() throws IOException {
        ReportFilter filter = filter();
        OutputLayout layout = new OutputLayout(out);
        Path target = dest != null ? dest : filter.isAll() ? out : out.resolve("reports").resolve(filter.slug());
        try (CommittedReader index = CommittedReader.open(layout.index(), () -> lockFor(out, target))) {
            DirectoryReader reader = index.reader();
            CsvReport.Totals t = Reports.write(reader, filter, actorNames, target, csvStyle.style(), keepDuplicates);
            xlsx.writeIfAsked(target);
            if (realPath(target).equals(realPath(out))) {
                CleanTexts.repair(layout, reader); // the clean texts beside these reports, as the index has them
            }
            if (!quiet) {
                PrintWriter err = err();
                err.println(String.format(Locale.ROOT,
                        "Report on %s: %d documents, %,d words, %,d actor mentions of %d actors, %d quotations, "
                                + "%d transcript turns. Wrote the CSV files%s and report.html to %s.",
                        filter.describe(), t.documents(), t.words(), t.mentions(), t.actors(), t.quotes(),
                        t.statements(), xlsx.xlsx ? ", attache.xlsx" : "", target));
                err.flush();
            }
            return ExitCodes.OK;
        } catch (NoIndexException e) {
            throw noIndex(layout, out);
        } catch (RunLock.OutputBusyException e) {
            throw new UserException(e.getMessage(), ExitCodes.FAILED);
        } catch (FileSystemException e) {
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
            if (Files.isRegularFile(lockFile)) {
                return RunLock.acquire(lockFile);
            }
        }
        return null;
    }

    /** The real path of {@code path}, or of its deepest existing ancestor followed by the rest of it. */
    static Path realPath(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
    }

    private static UserException noIndex(OutputLayout layout, Path out) {
        return new UserException("no index in " + layout.index() + "; run `attache run --out " + out + "` first",
                ExitCodes.USAGE);
    }

    private ReportFilter filter() {
        try {
            ReportFilter filter = new ReportFilter(query, actors, Optional.ofNullable(since).map(ReportFilter::startOf),
                    Optional.ofNullable(until).map(ReportFilter::endOf), languages);
            filter.toQuery(actorNames);
            return filter;
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCodes.USAGE);
        }
    }
}
