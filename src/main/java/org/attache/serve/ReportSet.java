package org.attache.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.search.Query;
import org.attache.index.BrowseRequest;
import org.attache.index.IndexBrowser;
import org.attache.index.PartialDate;
import org.attache.index.QuerySyntaxException;
import org.attache.report.CsvStyle;
import org.attache.report.ReportFilter;
import org.attache.report.Reports;

/**
 * The search page's slice as a report set: what {@code attache report --query ... --actor ... --since
 * ... --until ... --language ...} writes (the CSV files and report.html), as one zip. The reports are
 * written by {@link Reports} into a temporary folder, then streamed as zip entries in name order with
 * a fixed time, so the same slice of the same index always gives the same bytes. Filters that
 * {@code report} has no option for (actor type, speaker, publisher, format) narrow the slice the same
 * way the search page does. One report set at a time: it keeps both cores busy for a while.
 */
final class ReportSet {

    /** Filters of the page that {@code report} has no option for. */
    static final List<String> PAGE_ONLY = List.of("type", "speaker", "publisher", "format");
    /** 1980-01-01, the earliest time a zip entry holds: entries carry no time of their own. */
    private static final long ENTRY_TIME = LocalDate.of(1980, 1, 1)
            .atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();

    private final IndexBrowser index;
    private final Semaphore oneAtATime = new Semaphore(1);

    ReportSet(IndexBrowser index) {
        this.index = index;
    }

    void zip(UrlState state, Context ctx) throws IOException, QuerySyntaxException {
        BrowseRequest r = Requests.browse(state);
        index.check(r.query(), false);
        ReportFilter filter = filter(state);
        boolean pageOnly = PAGE_ONLY.stream().anyMatch(k -> !state.get(k).isEmpty());
        if (!oneAtATime.tryAcquire()) {
            throw new BadRequest(429, "another report set is being written; try again when it is done");
        }
        Query query = pageOnly ? index.documentFilter(r) : null;
        Path dir = Files.createTempDirectory("attache-report-");
        try {
            index.onReader(reader -> pageOnly
                    ? Reports.write(reader, query, describe(filter, state), dir, CsvStyle.DEFAULT)
                    : Reports.write(reader, filter, index.actorNames(), dir, CsvStyle.DEFAULT, false));
            String name = "attache-report-" + slug(filter, state);
            ctx.contentType("application/zip");
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".zip\"");
            try (ZipOutputStream zip = new ZipOutputStream(ctx.outputStream())) {
                for (Path file : files(dir)) {
                    ZipEntry entry = new ZipEntry(name + "/" + file.getFileName());
                    entry.setTime(ENTRY_TIME);
                    zip.putNextEntry(entry);
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
        } finally {
            delete(dir);
            oneAtATime.release();
        }
    }

    /** The part of the page's state that {@code report} takes as options. */
    static ReportFilter filter(UrlState s) {
        String q = s.get("q").equals("*") ? "" : s.get("q");
        return new ReportFilter(q, s.all("actor"), date(s, "since").map(PartialDate::first),
                date(s, "until").map(PartialDate::last), s.all("language"));
    }

    private static Optional<PartialDate> date(UrlState s, String key) {
        return s.get(key).isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(s.get(key)));
    }

    private static String describe(ReportFilter filter, UrlState s) {
        List<String> parts = new ArrayList<>();
        if (!filter.isAll()) {
            parts.add(filter.describe());
        }
        for (String k : PAGE_ONLY) {
            if (!s.get(k).isEmpty()) {
                parts.add((k.equals("type") ? "actor type" : k) + " " + s.get(k));
            }
        }
        return (filter.isAll() ? "documents with " : "") + String.join(" \u00b7 ", parts);
    }

    private static String slug(ReportFilter filter, UrlState s) {
        StringBuilder slug = new StringBuilder(filter.slug());
        for (String k : PAGE_ONLY) {
            if (!s.get(k).isEmpty()) {
                slug.append('_').append(k).append('-').append(s.get(k).toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
            }
        }
        return slug.length() > 120 ? slug.substring(0, 120) : slug.toString();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
