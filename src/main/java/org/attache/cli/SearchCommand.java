package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attache.index.ActorNames;
import org.attache.index.DocumentHit;
import org.attache.index.DocumentResults;
import org.attache.index.FacetCount;
import org.attache.index.IndexSearch;
import org.attache.index.NoIndexException;
import org.attache.index.PartialDate;
import org.attache.index.QuerySyntaxException;
import org.attache.index.QuoteHit;
import org.attache.index.QuoteResults;
import org.attache.index.SearchRequest;
import org.attache.pipeline.OutputLayout;
import org.attache.report.CsvCells;
import org.attache.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache search}: ranked documents or quotations from the index of a run. */
@Command(name = "search", description = {
        "Searches the index a run built: documents (title and body) with highlighted snippets and the "
                + "actors counted over all matches, or quotations with --quotes.",
        "",
        "Query syntax (Lucene classic): words are all required unless joined with OR; "
                + "\"exact phrase\", NOT word or -word, (grouping), wild*card, fuzzy~, "
                + "fields title: body: publisher: actor: speaker: date: document: (quote: with --quotes). "
                + "Words are stemmed: sanction finds sanctions. Examples:",
        "  attache search 'russia AND cyber' --since 2021 --until 2021",
        "  attache search '\"Article 5\"' --speaker Stoltenberg --quotes",
        "  attache search 'ransomware OR \"ransom ware\"' --actor USA --format json",
        "",
        "Exit codes: 0 done (also when nothing matches), 1 no index in --out (run 'attache run' first) "
                + "or it cannot be read, 2 malformed query or bad option."})
public final class SearchCommand extends BaseCommand {

    /** Upper bound of --limit: beyond it a CSV export of the index (attache run) is the better tool. */
    static final int MAX_LIMIT = 10_000;

    @Parameters(arity = "1..*", paramLabel = "QUERY",
            description = "The query; several arguments are joined with spaces. '*' matches everything.")
    List<String> query = new ArrayList<>();

    @Mixin
    RunFolderOption runFolder;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only hits mentioning this actor, by any name or "
            + "alias (USA finds United States). Repeat to require several. With --quotes: quotations whose speaker "
            + "is this actor.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotations by this speaker (a name or part "
            + "of it: Stoltenberg), or with documents: documents quoting them.")
    String speaker;

    @Option(names = "--since", paramLabel = "DATE", description = "Only hits dated on or after DATE (2021-06-14, "
            + "2021-06 or 2021).")
    String since;

    @Option(names = "--until", paramLabel = "DATE",
            description = "Only hits dated on or before DATE (2021 means up to 2021-12-31).")
    String until;

    @Option(names = "--language", paramLabel = "CODE", description = "Only hits in this language, by its code in "
            + "documents.csv (en, fr, de, unknown). Repeat for any of several.")
    List<String> languages = new ArrayList<>();

    @Option(names = "--quotes", description = "Search quotations instead of documents.")
    boolean quotes;

    @Option(names = "--limit", paramLabel = "N", description = "Show the best N hits (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or csv.")
    String format = "table";

    private final ActorNames actorNames;

    public SearchCommand() {
        this(defaultActorNames());
    }

    /** With another alias resolver (tests; the gazetteer). */
    public SearchCommand(ActorNames actorNames) {
        this.actorNames = actorNames;
    }

    /** --actor, --speaker and actor: names resolve through the shipped gazetteer ("USA" → United States). */
    static ActorNames defaultActorNames() {
        return new GazetteerNames();
    }

    @Override
    public Integer call() throws IOException {
        OutputFormat fmt = OutputFormat.of(format, true);
        SearchRequest request = request();
        PrintWriter pw = out();
        Path out = runFolder.out;
        Path indexDir = new OutputLayout(out).index();
        try (IndexSearch search = IndexSearch.open(indexDir, actorNames)) {
            if (quotes) {
                QuoteResults r = search.quotes(request);
                switch (fmt) {
                    case JSON -> pw.print(Json.write(quotesJson(r)));
                    case CSV -> quotesCsv(r, pw);
                    case TABLE -> quotesTable(r, pw);
                }
            } else {
                DocumentResults r = search.documents(request);
                switch (fmt) {
                    case JSON -> pw.print(Json.write(documentsJson(r)));
                    case CSV -> documentsCsv(r, pw);
                    case TABLE -> documentsTable(r, pw);
                }
            }
        } catch (NoIndexException e) {
            throw noIndex(e, out);
        } catch (QuerySyntaxException e) {
            throw new UserException("malformed query: " + e.getMessage(), ExitCodes.USAGE);
        }
        pw.flush();
        return ExitCodes.OK;
    }

    static UserException noIndex(NoIndexException e, Path out) {
        boolean running = false;
        try {
            running = LastRun.read(new OutputLayout(out).runJson()).map(r -> !r.complete()).orElse(false);
        } catch (IOException ignored) {
            // run.json unreadable: the plain message below still says what to do
        }
        String build = "'./attache run CORPUS --out " + out + "'";
        return new UserException(running
                ? "no search index in " + e.dir() + " yet: a run started there and has not committed one (still "
                + "running, or stopped); wait for it, or run " + build + " again"
                : "no search index in " + e.dir() + ": build one first with " + build, ExitCodes.FAILED);
    }

    private SearchRequest request() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new UserException("--limit must be between 1 and " + MAX_LIMIT + ", got " + limit, ExitCodes.USAGE);
        }
        for (String a : actors) {
            if (a.isBlank()) {
                throw new UserException("--actor needs a name", ExitCodes.USAGE);
            }
        }
        if (speaker != null && speaker.isBlank()) {
            throw new UserException("--speaker needs a name", ExitCodes.USAGE);
        }
        Optional<LocalDate> from = date("--since", since).map(PartialDate::first);
        Optional<LocalDate> to = date("--until", until).map(PartialDate::last);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new UserException("--until " + until + " is before --since " + since, ExitCodes.USAGE);
        }
        return new SearchRequest(String.join(" ", query), actors, Optional.ofNullable(speaker).map(String::strip),
                from, to, limit, languages);
    }

    private static Optional<PartialDate> date(String option, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartialDate.parse(value));
        } catch (IllegalArgumentException e) {
            throw new UserException(option + ": " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    static Map<String, Object> documentsJson(DocumentResults r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", r.total());
        List<Object> hits = new ArrayList<>();
        for (DocumentHit h : r.hits()) {
            hits.add(h.fields(h.score()));
        }
        json.put("hits", hits);
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("actor", facetJson("actor", r.actors()));
        facets.put("language", facetJson("language", r.languages()));
        json.put("facets", facets);
        return json;
    }

    /** One facet's values as objects with the value under {@code key} and its count. */
    private static List<Object> facetJson(String key, List<FacetCount> counts) {
        List<Object> out = new ArrayList<>();
        for (FacetCount c : counts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(key, c.label());
            m.put("count", c.count());
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> quotesJson(QuoteResults r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", r.total());
        List<Object> hits = new ArrayList<>();
        for (QuoteHit h : r.hits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", h.document());
            m.put("title", h.title());
            m.put("date", h.date());
            m.put("quote", h.quote());
            m.put("speaker", h.speaker());
            m.put("speaker_role", h.speakerRole());
            m.put("score", h.score());
            hits.add(m);
        }
        json.put("hits", hits);
        return json;
    }

    private static void documentsCsv(DocumentResults r, PrintWriter pw) throws IOException {
        CSVPrinter csv = new CSVPrinter(pw, CSVFormat.RFC4180);
        csv.printRecord("document", "title", "date", "publisher", "score", "snippet", "actors");
        for (DocumentHit h : r.hits()) {
            csv.printRecord(CsvCells.text(h.document()), CsvCells.text(h.title()), CsvCells.text(h.date()),
                    CsvCells.text(h.publisher()), CsvCells.number(h.score()), CsvCells.text(h.snippet()),
                    CsvCells.text(String.join("; ", h.actors())));
        }
        csv.flush();
    }

    private static void quotesCsv(QuoteResults r, PrintWriter pw) throws IOException {
        CSVPrinter csv = new CSVPrinter(pw, CSVFormat.RFC4180);
        csv.printRecord("document", "title", "date", "quote", "speaker", "speaker_role", "score");
        for (QuoteHit h : r.hits()) {
            csv.printRecord(CsvCells.text(h.document()), CsvCells.text(h.title()), CsvCells.text(h.date()),
                    CsvCells.text(h.quote()), CsvCells.text(h.speaker()), CsvCells.text(h.speakerRole()),
                    CsvCells.number(h.score()));
        }
        csv.flush();
    }

    private static final int INDENT = 4;
    private static final int TEXT = TextLayout.WIDTH - INDENT;

    private static void documentsTable(DocumentResults r, PrintWriter pw) {
        pw.println(headline(r.total(), r.hits().size(), "document"));
        int rank = 0;
        for (DocumentHit h : r.hits()) {
            rank++;
            pw.println();
            String title = h.title().isEmpty() ? "(untitled)" : h.title();
            String source = h.publisher().isEmpty() ? h.date()
                    : TextLayout.fit(h.publisher(), 24) + (h.date().isEmpty() ? "" : " · " + h.date());
            pw.println(rankLabel(rank) + TextLayout.spread(title, source, TEXT));
            pw.println(pad() + TextLayout.spread(h.document(), score(h.score()), TEXT, true));
            for (String line : TextLayout.wrap(h.snippet(), TEXT, 3)) {
                pw.println(pad() + line);
            }
            if (!h.actors().isEmpty()) {
                pw.println(pad() + TextLayout.fit("Actors: " + String.join(", ", h.actors()), TEXT));
            }
        }
        if (!r.actors().isEmpty()) {
            pw.println();
            List<String> parts = r.actors().stream().map(c -> c.label() + " " + c.count()).toList();
            String facet = "Actors in all " + r.total() + " matches: " + String.join(" · ", parts);
            for (String line : TextLayout.wrap(facet, TextLayout.WIDTH, 4)) {
                pw.println(line);
            }
        }
        if (r.languages().size() > 1) {
            List<String> parts = r.languages().stream().map(c -> c.label() + " " + c.count()).toList();
            pw.println(TextLayout.fit("Languages: " + String.join(" · ", parts), TextLayout.WIDTH));
        }
    }

    private static void quotesTable(QuoteResults r, PrintWriter pw) {
        pw.println(headline(r.total(), r.hits().size(), "quotation"));
        int rank = 0;
        for (QuoteHit h : r.hits()) {
            rank++;
            pw.println();
            List<String> lines = TextLayout.wrap("“" + h.quote() + "”", TEXT, 4);
            for (int i = 0; i < lines.size(); i++) {
                pw.println((i == 0 ? rankLabel(rank) : pad()) + lines.get(i));
            }
            String who = h.speaker().isEmpty() ? "(speaker unknown)" : h.speaker();
            if (!h.speakerRole().isEmpty()) {
                who += ", " + h.speakerRole();
            }
            pw.println(pad() + TextLayout.spread("— " + who, h.date(), TEXT));
            pw.println(pad() + TextLayout.spread(h.document(), score(h.score()), TEXT, true));
        }
    }

    private static String headline(long total, int shown, String noun) {
        if (total == 0) {
            return "No " + noun + "s match.";
        }
        String n = total == 1 ? "1 " + noun + " matches" : total + " " + noun + "s match";
        return shown < total ? n + "; the best " + shown + " follow." : n + ".";
    }

    private static String rankLabel(int rank) {
        String label = String.format(Locale.ROOT, "%2d. ", rank);
        return label.length() > INDENT ? label.substring(0, INDENT) : label;
    }

    private static String pad() {
        return " ".repeat(INDENT);
    }

    private static String score(double score) {
        return String.format(Locale.ROOT, "score %.2f", score);
    }
}
