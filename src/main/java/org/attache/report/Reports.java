package org.attache.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.attache.io.AtomicFiles;
import org.attache.index.ActorNames;
import org.apache.lucene.search.Query;
import java.util.Set;
import org.attache.index.DuplicateGroups;
import org.attache.index.IndexedDocuments;

/**
 * The one entry for reports: writes the CSV files and report.html for the documents of an index that
 * match a filter. Two streaming passes over the index in id order: the first writes the CSVs and
 * counts; the second, once the leading actors are known, gathers their mentions over time and per
 * document. Memory grows with actors and speakers, never with documents.
 */
public final class Reports {

    /** Rows in each table of report.html; the CSV files hold every row. */
    public static final int TABLE_CAP = 500;

    private Reports() {
    }

    /** Reports on the documents {@code filter} selects, its actor names resolved by {@code names}. */
    public static CsvReport.Totals write(DirectoryReader reader, ReportFilter filter, ActorNames names, Path dest,
                                         CsvStyle style) throws IOException {
        return write(reader, filter, names, dest, style, false);
    }

    /**
     * As above; with {@code keepDuplicates} false a story found in several documents (copies and
     * near-duplicates, see {@link DuplicateGroups}) counts once in actors.csv and the charts: only the
     * first of its documents in the report (by date, then id) adds to them.
     */
    public static CsvReport.Totals write(DirectoryReader reader, ReportFilter filter, ActorNames names, Path dest,
                                         CsvStyle style, boolean keepDuplicates) throws IOException {
        return write(reader, filter.toQuery(names), filter.describe(), dest, style, keepDuplicates);
    }

    /**
     * Reports on the documents {@code query} matches (null: all), described for people by {@code scope}
     * ("all documents", "documents matching ...").
     */
    public static CsvReport.Totals write(DirectoryReader reader, Query query, String scope, Path dest,
                                         CsvStyle style) throws IOException {
        return write(reader, query, scope, dest, style, false);
    }

    private static CsvReport.Totals write(DirectoryReader reader, Query query, String scope, Path dest,
                                          CsvStyle style, boolean keepDuplicates) throws IOException {
        Files.createDirectories(dest);
        SummaryCollector summary = new SummaryCollector(TABLE_CAP);
        List<ActorTally.Row> actors;
        DuplicateGroups duplicates = DuplicateGroups.of(reader);
        Set<String> repeats = keepDuplicates ? Set.of()
                : duplicates.repeatsWithin(query == null ? duplicates.grouped() : IndexedDocuments.idsMatching(reader, query));
        try (CsvReport csv = new CsvReport(dest, style, duplicates, repeats)) {
            // the rows are rendered on the threads that decode the documents; this one only writes them
            IndexedDocuments.forEach(reader, query, csv::render, r -> {
                try {
                    csv.add(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                summary.add(r.analysis(), !repeats.contains(r.analysis().document().id()));
            });
            actors = csv.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        SummaryCollector.Overview overview = summary.finish(HtmlReport.TOP_SPEAKERS);
        List<String> names = actors.stream().map(ActorTally.Row::actor).toList();
        LeadingActors leading = new LeadingActors(names.subList(0, Math.min(HtmlReport.LINE_ACTORS, names.size())),
                TimeBuckets.covering(overview.firstDate(), overview.lastDate()),
                names.subList(0, Math.min(HtmlReport.HEAT_ACTORS, names.size())), HtmlReport.HEAT_DOCUMENTS);
        if (!actors.isEmpty()) {
            IndexedDocuments.forEach(reader, query, a -> {
                if (!repeats.contains(a.document().id())) {
                    leading.add(a);
                }
            });
        }
        String html = HtmlReport.render(new HtmlReport.Content(scope, overview, actors, leading.timeline(),
                leading.heatMap(), TABLE_CAP));
        AtomicFiles.writeString(dest.resolve(ReportFiles.REPORT_HTML), html);
        return new CsvReport.Totals(overview.documents(), overview.words(), overview.mentions(), actors.size(),
                overview.quotes(), overview.statements());
    }
}
