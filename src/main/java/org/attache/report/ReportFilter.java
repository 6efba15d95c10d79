package org.attache.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.attache.index.ActorNames;
import org.attache.index.IndexSchema;
import org.attache.index.PartialDate;
import org.attache.index.QueryParsing;
import org.attache.index.QuerySyntaxException;

/**
 * Which documents a report covers: a query over title and body (Lucene classic syntax), actors that
 * must all be mentioned, and an inclusive date range. Documents without a date fall outside any range.
 * Immutable.
 *
 * @param query  Lucene query text, or empty for every document
 * @param actors canonical actor names (case-insensitive), all required
 * @param since  first day included, if any
 * @param until  last day included, if any
 * @param languages document languages (codes as in documents.csv), any of them; empty for all
 */
public record ReportFilter(String query, List<String> actors, Optional<LocalDate> since, Optional<LocalDate> until,
                           List<String> languages) {

    /** Every document of the index. */
    public static final ReportFilter ALL = new ReportFilter("", List.of(), Optional.empty(), Optional.empty());

    /** A filter on every language. */
    public ReportFilter(String query, List<String> actors, Optional<LocalDate> since, Optional<LocalDate> until) {
        this(query, actors, since, until, List.of());
    }

    public ReportFilter {
        query = query == null ? "" : query.strip();
        actors = actors.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        languages = languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty())
                .distinct().toList();
        if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
            throw new IllegalArgumentException("since " + since.get() + " is after until " + until.get());
        }
    }

    public boolean isAll() {
        return query.isEmpty() && actors.isEmpty() && since.isEmpty() && until.isEmpty() && languages.isEmpty();
    }

    /**
     * The Lucene filter, or null for every document. The query text uses the same syntax as
     * {@code attache search} ({@link QueryParsing}), and actor names resolve through {@code names}
     * ({@code USA} finds United States); throws {@link IllegalArgumentException} on a bad query.
     */
    public Query toQuery(ActorNames names) {
        if (isAll()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (!query.isEmpty()) {
            try {
                b.add(new QueryParsing(names).documents(query), BooleanClause.Occur.FILTER);
            } catch (QuerySyntaxException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        for (String actor : actors) {
            b.add(new TermQuery(new Term(IndexSchema.ACTOR, names.resolve(actor).toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        if (since.isPresent() || until.isPresent()) {
            long from = since.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            long to = until.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            b.add(QueryParsing.dateRange(from, to), BooleanClause.Occur.FILTER);
        }
        if (!languages.isEmpty()) {
            b.add(QueryParsing.languages(languages), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** One line for people: "query “cyber” · actor Russia · from 2021-01-01". */
    public String describe() {
        if (isAll()) {
            return "all documents";
        }
        List<String> parts = new ArrayList<>();
        if (!query.isEmpty()) {
            parts.add("query \u201c" + query + "\u201d");
        }
        if (!actors.isEmpty()) {
            parts.add((actors.size() == 1 ? "actor " : "actors ") + String.join(" and ", actors));
        }
        since.ifPresent(d -> parts.add("from " + d));
        until.ifPresent(d -> parts.add("until " + d));
        if (!languages.isEmpty()) {
            parts.add("language " + String.join(" or ", languages));
        }
        return "documents matching " + String.join(" \u00b7 ", parts);
    }

    /** A folder name for this slice: lowercase letters, digits and dashes, at most 80 characters. */
    public String slug() {
        if (isAll()) {
            return "all";
        }
        List<String> parts = new ArrayList<>();
        if (!query.isEmpty()) {
            parts.add("query-" + query);
        }
        actors.forEach(a -> parts.add("actor-" + a));
        since.ifPresent(d -> parts.add("since-" + d));
        until.ifPresent(d -> parts.add("until-" + d));
        languages.forEach(l -> parts.add("language-" + l));
        String raw = String.join("_", parts);
        String ascii = Normalizer.normalize(raw, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9_]+", "-").replaceAll("-{2,}", "-").replaceAll("(^-|-$)", "");
        if (ascii.codePoints().anyMatch(c -> c > 127 && Character.isLetterOrDigit(c))) {
            // letters of other scripts were dropped: a hash keeps different slices apart
            slug = slug + "-" + String.format(Locale.ROOT, "%08x", raw.hashCode());
        }
        if (slug.length() > 80) {
            slug = slug.substring(0, 71) + "-" + String.format(Locale.ROOT, "%08x", slug.hashCode());
        }
        return slug.isEmpty() ? "slice" : slug;
    }

    /** The first day of a date given as yyyy, yyyy-mm or yyyy-mm-dd. */
    public static LocalDate startOf(String date) {
        return PartialDate.parse(date).first();
    }

    /** The last day of a date given as yyyy, yyyy-mm or yyyy-mm-dd. */
    public static LocalDate endOf(String date) {
        return PartialDate.parse(date).last();
    }
}
