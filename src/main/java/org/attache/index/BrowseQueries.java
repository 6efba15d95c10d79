package org.attache.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.attache.index.BrowseResults.Bucket;
import org.attache.index.BrowseResults.FacetValue;

/** The pieces {@link IndexBrowser} builds its searches from: filters, orders, facet counts, the date histogram. */
final class BrowseQueries {

    /** Facet dimensions by the names the workbench uses for them. */
    static final Map<String, String> DIMENSIONS = dimensions();
    /** A histogram with daily bars spans at most this many days, monthly bars at most this many months. */
    private static final int MAX_DAILY = 62;
    private static final int MAX_MONTHLY = 72;

    private BrowseQueries() {
    }

    private static Map<String, String> dimensions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("actor", IndexSchema.ACTOR_FACET);
        m.put("actor_type", IndexSchema.ACTOR_TYPE_FACET);
        m.put("speaker", IndexSchema.SPEAKER_FACET);
        m.put("publisher", IndexSchema.PUBLISHER_FACET);
        m.put("format", IndexSchema.FORMAT_FACET);
        m.put("language", IndexSchema.LANGUAGE_FACET);
        return m;
    }

    static Query kind(String kind) {
        return new TermQuery(new Term(IndexSchema.KIND, kind));
    }

    /** Quotations and transcript turns: everything someone is reported to have said (as {@code search --quotes}). */
    static Query said() {
        return new BooleanQuery.Builder()
                .add(kind(IndexSchema.KIND_QUOTE), BooleanClause.Occur.SHOULD)
                .add(kind(IndexSchema.KIND_TURN), BooleanClause.Occur.SHOULD)
                .build();
    }

    static Query drillDown(String dim, String value) {
        return new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dim, value));
    }

    /** The user's query narrowed to one kind of record (quotations: with transcript turns) and the request's filters. */
    static Query filtered(Query user, String kind, BrowseRequest r, ActorNames names) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(user, BooleanClause.Occur.MUST)
                .add(IndexSchema.KIND_QUOTE.equals(kind) ? said() : kind(kind), BooleanClause.Occur.FILTER);
        for (String actor : r.actors()) {
            b.add(actor(actor, names), BooleanClause.Occur.FILTER);
        }
        if (!r.actorType().isEmpty()) {
            b.add(drillDown(IndexSchema.ACTOR_TYPE_FACET, r.actorType().toUpperCase(Locale.ROOT)),
                    BooleanClause.Occur.FILTER);
        }
        if (!r.publisher().isEmpty()) {
            b.add(drillDown(IndexSchema.PUBLISHER_FACET, r.publisher()), BooleanClause.Occur.FILTER);
        }
        if (!r.format().isEmpty()) {
            b.add(drillDown(IndexSchema.FORMAT_FACET, r.format().toLowerCase(Locale.ROOT)), BooleanClause.Occur.FILTER);
        }
        if (!r.languages().isEmpty()) {
            b.add(QueryParsing.languages(r.languages()), BooleanClause.Occur.FILTER);
        }
        if (!r.speaker().isEmpty()) {
            b.add(speaker(r.speaker(), names), BooleanClause.Occur.FILTER);
        }
        if (r.since().isPresent() || r.until().isPresent()) {
            b.add(QueryParsing.dateRange(r.since().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
                    r.until().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    static Query actor(String name, ActorNames names) {
        return new TermQuery(new Term(IndexSchema.ACTOR, names.resolve(name).toLowerCase(Locale.ROOT)));
    }

    /** A speaker as in the facet, the name or part of it as words ("Stoltenberg"), or the speaker's actor. */
    static Query speaker(String name, ActorNames names) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(drillDown(IndexSchema.SPEAKER_FACET, name.strip()), BooleanClause.Occur.SHOULD);
        return speakerNameOrActor(b, name, names).build();
    }

    /**
     * Adds the speaker as words of the name ("Stoltenberg" finds Jens Stoltenberg) or as the speaker's actor
     * by alias, each enough on its own.
     */
    static BooleanQuery.Builder speakerNameOrActor(BooleanQuery.Builder b, String name, ActorNames names) {
        Query words = new QueryBuilder(IndexSchema.analyzer()).createPhraseQuery(IndexSchema.SPEAKER, name);
        if (words != null) {
            b.add(words, BooleanClause.Occur.SHOULD);
        }
        b.add(new TermQuery(new Term(IndexSchema.SPEAKER_ACTOR, names.resolve(name).toLowerCase(Locale.ROOT))),
                BooleanClause.Occur.SHOULD);
        return b;
    }

    static Sort sort(BrowseRequest.Order order) {
        SortField id = new SortField(IndexSchema.ID_SORT, SortField.Type.STRING);
        SortField newest = new SortField(IndexSchema.DATE_DAY, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        SortField oldest = new SortField(IndexSchema.DATE_DAY, SortField.Type.LONG, false);
        oldest.setMissingValue(Long.MAX_VALUE); // undated last either way
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, id);
            case NEWEST -> new Sort(newest, SortField.FIELD_SCORE, id);
            case OLDEST -> new Sort(oldest, SortField.FIELD_SCORE, id);
        };
    }

    /** Top values of each named dimension over all matches; dimensions nobody has come back empty. */
    static Map<String, List<FacetValue>> facets(SortedSetDocValuesReaderState state, FacetsCollector fc,
                                                List<String> names, int top) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        SortedSetDocValuesFacetCounts counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
        for (String name : names) {
            List<FacetValue> values = new ArrayList<>();
            if (counts != null) {
                FacetResult r;
                try {
                    r = counts.getTopChildren(top, DIMENSIONS.get(name));
                } catch (IllegalArgumentException e) {
                    r = null; // no record has this dimension yet
                }
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        values.add(new FacetValue(lv.label, lv.value.longValue()));
                    }
                }
            }
            out.put(name, values);
        }
        return out;
    }

    static long total(FacetsCollector fc) {
        long total = 0;
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            total += md.totalHits;
        }
        return total;
    }

    /** Dated matches by day, month or year (whichever gives a readable number of bars), empty bars included. */
    static List<Bucket> histogram(FacetsCollector fc) throws IOException {
        TreeMap<Long, Long> days = new TreeMap<>();
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            NumericDocValues dates = md.context.reader().getNumericDocValues(IndexSchema.DATE_DAY);
            DocIdSetIterator it = md.bits == null ? null : md.bits.iterator();
            if (dates == null || it == null) {
                continue;
            }
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (dates.advanceExact(doc)) {
                    days.merge(dates.longValue(), 1L, Long::sum);
                }
            }
        }
        if (days.isEmpty()) {
            return List.of();
        }
        LocalDate first = LocalDate.ofEpochDay(days.firstKey());
        LocalDate last = LocalDate.ofEpochDay(days.lastKey());
        List<Bucket> out = new ArrayList<>();
        long months = YearMonth.from(first).until(YearMonth.from(last), ChronoUnit.MONTHS) + 1;
        if (last.toEpochDay() - first.toEpochDay() < MAX_DAILY) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                out.add(bucket(days, d, d, d.toString()));
            }
        } else if (months <= MAX_MONTHLY) {
            for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
                out.add(bucket(days, m.atDay(1), m.atEndOfMonth(), m.toString()));
            }
        } else {
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                out.add(bucket(days, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Integer.toString(y)));
            }
        }
        return out;
    }

    private static Bucket bucket(TreeMap<Long, Long> days, LocalDate from, LocalDate to, String label) {
        long count = days.subMap(from.toEpochDay(), true, to.toEpochDay(), true).values().stream()
                .mapToLong(Long::longValue).sum();
        return new Bucket(from, to, label, count);
    }

    /** The sentence(s) around [start, end) in text: from the last sentence end before to the first after. */
    static String context(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) {
            return "";
        }
        int from = Math.max(0, start - 300);
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < start && text.charAt(i + 1) == ' ')) {
                from = i + 1;
                break;
            }
        }
        int to = Math.min(text.length(), end + 300);
        for (int i = end; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                to = i;
                break;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                to = i + 1;
                break;
            }
        }
        return text.substring(from, to).strip();
    }
}
