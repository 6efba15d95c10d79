package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.index.ActorNames;
import org.attache.index.IndexSearch;
import org.attache.index.IndexStats;
import org.attache.index.NoIndexException;
import org.attache.pipeline.OutputLayout;
import org.attache.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache stats}: what the index of a run holds. */
@Command(name = "stats", description = {
        "Shows what the index of a run holds: documents, quotations, actor mentions, distinct actors, "
                + "the date range of the documents and the last run.",
        "",
        "Exit codes: 0 done, 1 no index in --out (run 'attache run' first) or it cannot be read, 2 bad option."})
public final class StatsCommand extends BaseCommand {

    @Mixin
    RunFolderOption runFolder;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    String format = "table";

    @Override
    public Integer call() throws IOException {
        OutputFormat fmt = OutputFormat.of(format, false);
        Path out = runFolder.out;
        OutputLayout layout = new OutputLayout(out);
        IndexStats stats;
        try (IndexSearch search = IndexSearch.open(layout.index(), ActorNames.asTyped())) {
            stats = search.stats();
        } catch (NoIndexException e) {
            throw SearchCommand.noIndex(e, out);
        }
        Optional<LastRun> run = LastRun.read(layout.runJson());
        PrintWriter pw = out();
        if (fmt == OutputFormat.JSON) {
            pw.print(Json.write(json(stats, run)));
        } else {
            table(layout, stats, run, pw);
        }
        pw.flush();
        return ExitCodes.OK;
    }

    static Map<String, Object> json(IndexStats s, Optional<LastRun> run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documents", s.documents());
        json.put("quotes", s.quotes());
        json.put("mentions", s.mentions());
        json.put("actors", s.actors());
        json.put("first_date", s.firstDate().orElse(null));
        json.put("last_date", s.lastDate().orElse(null));
        json.put("last_run", run.map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("started", r.started());
            m.put("finished", r.finished().isEmpty() ? null : r.finished());
            m.put("complete", r.complete());
            return m;
        }).orElse(null));
        return json;
    }

    private static void table(OutputLayout layout, IndexStats s, Optional<LastRun> run, PrintWriter pw) {
        pw.println(TextLayout.fit("Index in " + layout.index(), TextLayout.WIDTH));
        row(pw, "documents", String.format(Locale.ROOT, "%,d", s.documents()));
        row(pw, "quotations", String.format(Locale.ROOT, "%,d", s.quotes()));
        row(pw, "actor mentions", String.format(Locale.ROOT, "%,d", s.mentions()));
        row(pw, "actors", String.format(Locale.ROOT, "%,d", s.actors()));
        row(pw, "dates", s.firstDate().isEmpty() ? "no dated documents"
                : s.firstDate().get() + " to " + s.lastDate().orElse(""));
        row(pw, "last run", run.map(StatsCommand::describe).orElse("no run.json"));
    }

    private static String describe(LastRun r) {
        if (!r.complete()) {
            return "started " + r.started() + ", not finished (running, or stopped)";
        }
        return "finished " + r.finished() + " (started " + r.started() + ")";
    }

    private static void row(PrintWriter pw, String label, String value) {
        pw.println(TextLayout.fit(String.format(Locale.ROOT, "  %-15s %s", label, value), TextLayout.WIDTH));
    }
}
