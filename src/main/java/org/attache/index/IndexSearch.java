package org.attache.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.attache.model.Quote;

/**
 * Searches the last committed index of an output folder: documents with highlighted snippets and
 * actor facet counts over all matches, quotations, and figures about the whole index. Reads a
 * point-in-time view, so it works while a run is writing. Thread-safe.
 */
public final class IndexSearch implements Closeable {

    /** How many actors the facet lists. */
    public static final int FACET_ACTORS = 20;
    /** Snippets aim at this many characters around the best match. */
    static final int SNIPPET_CHARS = 200;

    private static final Set<String> DOCUMENT_HIT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.DATE,
            IndexSchema.PUBLISHER, IndexSchema.ANALYSIS_DATA);
    private static final Set<String> QUOTE_HIT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.DATE,
            IndexSchema.QUOTE, IndexSchema.QUOTE_DATA);
    /** Best first; ties newest first, then by id, so equal scores come out the same way every time. */
    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, newestFirst(),
            new SortField(IndexSchema.ID_SORT, SortField.Type.STRING));

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryParsing parsing;
    private final ActorNames actorNames;
    private final SortedSetDocValuesReaderState facetState;
    private final UnifiedHighlighter highlighter;

    private IndexSearch(Directory directory, DirectoryReader reader, ActorNames actorNames) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.actorNames = actorNames;
        this.parsing = new QueryParsing(actorNames);
        this.facetState = facetState(reader);
        this.highlighter = UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withFormatter(new SnippetFormatter())
                // Passages of about SNIPPET_CHARS cut at spaces: a third of the way in is the first match.
                // Spaces rather than java.text word or sentence breaks: half the cost on long documents.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), SNIPPET_CHARS, 0.3f))
                .build();
    }

    /** Opens the index in {@code indexDir}; {@link NoIndexException} when no run has committed one there. */
    public static IndexSearch open(Path indexDir, ActorNames actorNames) throws IOException {
        return CommittedIndex.open(indexDir,
                directory -> new IndexSearch(directory, DirectoryReader.open(directory), actorNames));
    }

    private static SortedSetDocValuesReaderState facetState(DirectoryReader reader) throws IOException {
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (info == null || info.getDocValuesType() != DocValuesType.SORTED_SET) {
            return null; // no document has an actor yet
        }
        return new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facets());
    }

    private static SortField newestFirst() {
        SortField f = new SortField(IndexSchema.DATE_DAY, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return f;
    }

    /** Documents matching the request, best first, with snippets and the actor facet. */
    public DocumentResults documents(SearchRequest request) throws QuerySyntaxException, IOException {
        Query user = parsing.documents(request.query());
        Query query = filtered(user, IndexSchema.KIND_DOCUMENT, request);
        var result = FacetsCollectorManager.search(searcher, query, Math.max(1, request.limit()), RANKING, true,
                new FacetsCollectorManager());
        TopDocs top = trim(result.topDocs(), request.limit());
        String[] snippets = top.scoreDocs.length == 0 ? new String[0]
                : highlighter.highlight(IndexSchema.BODY, user, top, 1);
        StoredFields stored = reader.storedFields();
        List<DocumentHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc, DOCUMENT_HIT_FIELDS);
            hits.add(new DocumentHit(d.get(IndexSchema.ID), IndexBrowser.nonNull(d.get(IndexSchema.TITLE)),
                    IndexBrowser.nonNull(d.get(IndexSchema.DATE)), IndexBrowser.nonNull(d.get(IndexSchema.PUBLISHER)), sd.score,
                    snippets[i] == null ? "" : snippets[i], actorsByMentions(d.getBinaryValue(IndexSchema.ANALYSIS_DATA))));
        }
        return new DocumentResults(total(result.facetsCollector()), hits, facet(result.facetsCollector(),
                IndexSchema.ACTOR_FACET), facet(result.facetsCollector(), IndexSchema.LANGUAGE_FACET));
    }

    /** Quotations matching the request, best first. */
    public QuoteResults quotes(SearchRequest request) throws QuerySyntaxException, IOException {
        Query query = filtered(parsing.quotes(request.query()), saidWords(), request);
        var result = FacetsCollectorManager.search(searcher, query, Math.max(1, request.limit()), RANKING, true,
                new FacetsCollectorManager());
        TopDocs top = trim(result.topDocs(), request.limit());
        StoredFields stored = reader.storedFields();
        List<QuoteHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, QUOTE_HIT_FIELDS);
            Quote q = AnalysisCodec.quoteFromLucene(d);
            hits.add(new QuoteHit(d.get(IndexSchema.ID), IndexBrowser.nonNull(d.get(IndexSchema.TITLE)),
                    IndexBrowser.nonNull(d.get(IndexSchema.DATE)), q.text(), q.speaker(), q.speakerRole(), sd.score));
        }
        return new QuoteResults(total(result.facetsCollector()), hits);
    }

    /** Figures about the whole index. */
    public IndexStats stats() throws IOException {
        Query documents = kind(IndexSchema.KIND_DOCUMENT);
        var all = FacetsCollectorManager.search(searcher, documents, 1, new FacetsCollectorManager());
        long mentions = 0;
        for (FacetsCollector.MatchingDocs md : all.facetsCollector().getMatchingDocs()) {
            StoredFields stored = md.context.reader().storedFields();
            DocIdSetIterator it = md.bits.iterator();
            if (it == null) {
                continue;
            }
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                BytesRef data = stored.document(doc, Set.of(IndexSchema.ANALYSIS_DATA)).getBinaryValue(IndexSchema.ANALYSIS_DATA);
                mentions += AnalysisRecord.mentioned(data).stream().filter(m -> m.type().isActor()).count();
            }
        }
        int actors = 0;
        if (facetState != null) {
            FacetResult r = new SortedSetDocValuesFacetCounts(facetState, all.facetsCollector())
                    .getTopChildren(1, IndexSchema.ACTOR_FACET);
            actors = r == null ? 0 : r.childCount;
        }
        return new IndexStats(total(all.facetsCollector()), searcher.count(kind(IndexSchema.KIND_QUOTE)), mentions,
                actors, edgeDate(false), edgeDate(true));
    }

    private Optional<String> edgeDate(boolean latest) throws IOException {
        Query dated = new BooleanQuery.Builder()
                .add(kind(IndexSchema.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(IndexSchema.DATE_DAY), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(dated, 1, new Sort(new SortField(IndexSchema.DATE_DAY, SortField.Type.LONG,
                latest)));
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(reader.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexSchema.DATE))
                .get(IndexSchema.DATE));
    }

    private Query filtered(Query user, String kind, SearchRequest request) {
        return filtered(user, kind(kind), request);
    }

    /** Quotations and transcript turns: everything someone is reported to have said. */
    private static Query saidWords() {
        return new BooleanQuery.Builder()
                .add(kind(IndexSchema.KIND_QUOTE), BooleanClause.Occur.SHOULD)
                .add(kind(IndexSchema.KIND_TURN), BooleanClause.Occur.SHOULD)
                .build();
    }

    private Query filtered(Query user, Query kind, SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(user, BooleanClause.Occur.MUST)
                .add(kind, BooleanClause.Occur.FILTER);
        for (String actor : request.actors()) {
            b.add(new TermQuery(new Term(IndexSchema.ACTOR, actorNames.resolve(actor).toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        request.speaker().ifPresent(s -> b.add(speaker(s), BooleanClause.Occur.FILTER));
        if (!request.languages().isEmpty()) {
            b.add(QueryParsing.languages(request.languages()), BooleanClause.Occur.FILTER);
        }
        if (request.since().isPresent() || request.until().isPresent()) {
            long from = request.since().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
            long to = request.until().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
            b.add(QueryParsing.dateRange(from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The name as words of the speaker ("Stoltenberg" finds Jens Stoltenberg), or the speaker's actor by alias. */
    private Query speaker(String name) {
        return BrowseQueries.speakerNameOrActor(new BooleanQuery.Builder(), name, actorNames).build();
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(IndexSchema.KIND, kind));
    }

    private static TopDocs trim(TopDocs top, int limit) {
        if (top.scoreDocs.length <= limit) {
            return top;
        }
        ScoreDoc[] kept = Arrays.copyOf(top.scoreDocs, limit);
        return new TopDocs(top.totalHits, kept);
    }

    private static long total(FacetsCollector fc) {
        long total = 0;
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            total += md.totalHits;
        }
        return total;
    }

    /** The top values of one facet dimension; none when the index has no such dimension (written before it). */
    private List<FacetCount> facet(FacetsCollector fc, String dimension) throws IOException {
        if (facetState == null || facetState.getOrdRange(dimension) == null) {
            return List.of();
        }
        FacetResult r = new SortedSetDocValuesFacetCounts(facetState, fc).getTopChildren(FACET_ACTORS, dimension);
        List<FacetCount> out = new ArrayList<>();
        if (r != null) {
            for (LabelAndValue lv : r.labelValues) {
                out.add(new FacetCount(lv.label, lv.value.intValue()));
            }
        }
        return out;
    }

    /** Actors (not mere places) of a document's analysis record, most mentioned first, then by name. */
    static List<String> actorsByMentions(BytesRef record) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (AnalysisRecord.Named m : AnalysisRecord.mentioned(record)) {
            if (m.type().isActor()) {
                counts.merge(m.actor(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
