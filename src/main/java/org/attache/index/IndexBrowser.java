package org.attache.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.attache.index.BrowseResults.Quotation;
import org.attache.model.Analysis;
import org.attache.model.Quote;

/**
 * The index as the workbench reads it: pages of documents or quotations with facets and a date
 * histogram, whole documents, every matching row for export. Read-only; picks up the commit of a
 * later run by itself (checked at most once a second). Thread-safe: each call works on one
 * point-in-time searcher.
 */
public final class IndexBrowser implements Closeable {

    static final int FACET_VALUES = 15;
    private static final long REFRESH_NANOS = 1_000_000_000L;
    private static final int EXPORT_PAGE = 500;
    private static final Set<String> DOCUMENT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.DATE,
            IndexSchema.PUBLISHER, IndexSchema.ANALYSIS_DATA);
    private static final Set<String> SOURCE_FIELDS = Set.of(IndexSchema.ID, IndexSchema.FORMAT, IndexSchema.SOURCE);
    private static final Set<String> QUOTE_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.DATE,
            IndexSchema.QUOTE, IndexSchema.QUOTE_DATA);

    private final Directory directory;
    private final SearcherManager manager;
    private final ActorNames actorNames;
    private final QueryParsing parsing;
    private volatile long lastRefresh = System.nanoTime();

    /** A searcher with the facet ordinals of its reader, built once per commit. */
    static final class Searcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facets;

        Searcher(IndexReader reader) throws IOException {
            super(reader);
            FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            this.facets = info == null || info.getDocValuesType() != DocValuesType.SORTED_SET ? null
                    : new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facets());
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Searcher s) throws IOException, QuerySyntaxException;
    }

    private IndexBrowser(Directory directory, ActorNames actorNames) throws IOException {
        this.directory = directory;
        this.actorNames = actorNames;
        this.parsing = new QueryParsing(actorNames);
        this.manager = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new Searcher(reader);
            }
        });
    }

    /** Opens the last committed index in {@code indexDir}; {@link NoIndexException} when there is none. */
    public static IndexBrowser open(Path indexDir, ActorNames actorNames) throws IOException {
        return CommittedIndex.open(indexDir, directory -> new IndexBrowser(directory, actorNames));
    }

    public ActorNames actorNames() {
        return actorNames;
    }

    <T> T with(Work<T> work) throws IOException, QuerySyntaxException {
        long now = System.nanoTime();
        if (now - lastRefresh > REFRESH_NANOS) {
            lastRefresh = now;
            manager.maybeRefresh(); // a run committed: later calls see it
        }
        Searcher s = (Searcher) manager.acquire();
        try {
            return work.on(s);
        } finally {
            manager.release(s);
        }
    }

    /** One page of documents, with snippets, facets and the histogram over all matches. */
    public BrowseResults.Documents documents(BrowseRequest r) throws IOException, QuerySyntaxException {
        Query user = parsing.documents(r.query());
        Query query = BrowseQueries.filtered(user, IndexSchema.KIND_DOCUMENT, r, actorNames);
        return with(s -> {
            var result = FacetsCollectorManager.search(s, query, Math.max(1, r.offset() + r.limit()),
                    BrowseQueries.sort(r.order()), true, new FacetsCollectorManager());
            TopDocs page = page(result.topDocs(), r);
            String[] snippets = page.scoreDocs.length == 0 ? new String[0]
                    : highlighter(s).highlight(IndexSchema.BODY, Highlighting.expandTerms(user, s.getIndexReader()),
                    page, 1);
            StoredFields stored = s.storedFields();
            List<DocumentHit> hits = new ArrayList<>();
            for (int i = 0; i < page.scoreDocs.length; i++) {
                ScoreDoc sd = page.scoreDocs[i];
                Document d = stored.document(sd.doc, DOCUMENT_FIELDS);
                hits.add(new DocumentHit(d.get(IndexSchema.ID), nonNull(d.get(IndexSchema.TITLE)),
                        nonNull(d.get(IndexSchema.DATE)), nonNull(d.get(IndexSchema.PUBLISHER)), score(sd),
                        snippets[i] == null ? "" : snippets[i],
                        IndexSearch.actorsByMentions(d.getBinaryValue(IndexSchema.ANALYSIS_DATA))));
            }
            var fc = result.facetsCollector();
            return new BrowseResults.Documents(BrowseQueries.total(fc), hits,
                    BrowseQueries.facets(s.facets, fc,
                            List.of("actor", "actor_type", "publisher", "speaker", "format", "language"), FACET_VALUES),
                    BrowseQueries.histogram(fc));
        });
    }

    /** One page of quotations with their context sentences, the speaker, actor and language facets and the histogram. */
    public BrowseResults.Quotations quotations(BrowseRequest r) throws IOException, QuerySyntaxException {
        Query query = BrowseQueries.filtered(parsing.quotes(r.query()), IndexSchema.KIND_QUOTE, r, actorNames);
        return with(s -> {
            var result = FacetsCollectorManager.search(s, query, Math.max(1, r.offset() + r.limit()),
                    BrowseQueries.sort(r.order()), true, new FacetsCollectorManager());
            TopDocs page = page(result.topDocs(), r);
            List<Quotation> hits = quotations(s, page.scoreDocs);
            var fc = result.facetsCollector();
            return new BrowseResults.Quotations(BrowseQueries.total(fc), hits,
                    BrowseQueries.facets(s.facets, fc, List.of("speaker", "actor", "language"), FACET_VALUES),
                    BrowseQueries.histogram(fc));
        });
    }

    /**
     * Quotation hits with the sentence around each (read from its document, once per document); a
     * transcript turn is its own context (the sentence around it would only add the speaker's label).
     */
    static List<Quotation> quotations(Searcher s, ScoreDoc[] docs) throws IOException {
        StoredFields stored = s.storedFields();
        Map<String, String> bodies = new HashMap<>();
        List<Quotation> out = new ArrayList<>();
        Weight turns = s.createWeight(BrowseQueries.kind(IndexSchema.KIND_TURN), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (ScoreDoc sd : docs) {
            Document d = stored.document(sd.doc, QUOTE_FIELDS);
            Quote q = AnalysisCodec.quoteFromLucene(d);
            String id = d.get(IndexSchema.ID);
            String context = matches(s, turns, sd.doc) ? ""
                    : BrowseQueries.context(bodies.computeIfAbsent(id, k -> body(s, k)), q.span().start(), q.span().end());
            out.add(new Quotation(id, nonNull(d.get(IndexSchema.TITLE)), nonNull(d.get(IndexSchema.DATE)), q.text(),
                    q.speaker(), q.speakerActor(), q.speakerRole(), context, score(sd)));
        }
        return out;
    }

    /** Whether the top-level document {@code doc} matches {@code weight}. */
    private static boolean matches(IndexSearcher s, Weight weight, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Scorer scorer = weight.scorer(leaf);
        int target = doc - leaf.docBase;
        return scorer != null && scorer.iterator().advance(target) == target;
    }

    private static String body(Searcher s, String id) {
        try {
            TopDocs top = s.search(documentQuery(id), 1);
            return top.scoreDocs.length == 0 ? "" : nonNull(s.storedFields().document(top.scoreDocs[0].doc,
                    Set.of(IndexSchema.BODY)).get(IndexSchema.BODY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysed document with this id, if the index holds it. */
    public Optional<Analysis> document(String id) throws IOException {
        try {
            return with(s -> {
                TopDocs top = s.search(documentQuery(id), 1);
                return top.scoreDocs.length == 0 ? Optional.<Analysis>empty()
                        : Optional.of(AnalysisCodec.fromLucene(s.storedFields(), top.scoreDocs[0].doc));
            });
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException(e); // no query is parsed here
        }
    }

    /** Where the document with this id was read from, if the index holds it. */
    public Optional<BrowseResults.Source> source(String id) throws IOException {
        try {
            return with(s -> {
                TopDocs top = s.search(documentQuery(id), 1);
                if (top.scoreDocs.length == 0) {
                    return Optional.<BrowseResults.Source>empty();
                }
                Document d = s.storedFields().document(top.scoreDocs[0].doc, SOURCE_FIELDS);
                return Optional.of(new BrowseResults.Source(d.get(IndexSchema.ID),
                        nonNull(d.get(IndexSchema.FORMAT)).toLowerCase(Locale.ROOT),
                        nonNull(d.get(IndexSchema.SOURCE))));
            });
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code work} on the reader of the last committed index, held open until it returns (the
     * report set of a slice is written from it).
     */
    public <T> T onReader(ReaderWork<T> work) throws IOException {
        try {
            return with(s -> work.on((DirectoryReader) s.getIndexReader()));
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Work on a reader of the index. */
    @FunctionalInterface
    public interface ReaderWork<T> {
        T on(DirectoryReader reader) throws IOException;
    }

    /**
     * The Lucene query that selects the documents of {@code r} (paging and order ignored), as the
     * search page and its CSV export select them.
     */
    public Query documentFilter(BrowseRequest r) throws QuerySyntaxException {
        return BrowseQueries.filtered(parsing.documents(r.query()), IndexSchema.KIND_DOCUMENT, r, actorNames);
    }

    /** An actor across the index (documents, mentions over time, co-mentioned actors, quotations), if any. */
    public Optional<BrowseResults.ActorProfile> actor(String name) throws IOException {
        try {
            return with(s -> ActorProfiles.of(s, name, actorNames));
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throws what a search with this query would, without searching: lets an export fail before it starts. */
    public void check(String query, boolean quotations) throws QuerySyntaxException {
        if (quotations) {
            parsing.quotes(query);
        } else {
            parsing.documents(query);
        }
    }

    /** Every matching document in the request's order (paging ignored): document, title, date, publisher, score, actors. */
    public void exportDocuments(BrowseRequest r, Consumer<List<String>> rows) throws IOException, QuerySyntaxException {
        Query query = BrowseQueries.filtered(parsing.documents(r.query()), IndexSchema.KIND_DOCUMENT, r, actorNames);
        export(query, r, (s, sd) -> {
            Document d = s.storedFields().document(sd.doc, DOCUMENT_FIELDS);
            rows.accept(List.of(d.get(IndexSchema.ID), nonNull(d.get(IndexSchema.TITLE)),
                    nonNull(d.get(IndexSchema.DATE)), nonNull(d.get(IndexSchema.PUBLISHER)),
                    String.format(Locale.ROOT, "%.3f", score(sd)),
                    String.join("; ", IndexSearch.actorsByMentions(d.getBinaryValue(IndexSchema.ANALYSIS_DATA)))));
        });
    }

    /** Every matching quotation: document, title, date, speaker, speaker_role, quote, context, score. */
    public void exportQuotations(BrowseRequest r, Consumer<List<String>> rows) throws IOException,
            QuerySyntaxException {
        Query query = BrowseQueries.filtered(parsing.quotes(r.query()), IndexSchema.KIND_QUOTE, r, actorNames);
        export(query, r, (s, sd) -> {
            Quotation q = quotations(s, new ScoreDoc[] {sd}).get(0);
            rows.accept(List.of(q.document(), q.title(), q.date(), q.speaker(), q.speakerRole(), q.quote(),
                    q.context(), String.format(Locale.ROOT, "%.3f", q.score())));
        });
    }

    @FunctionalInterface
    private interface HitAction {
        void accept(Searcher s, ScoreDoc sd) throws IOException;
    }

    private void export(Query query, BrowseRequest r, HitAction action) throws IOException, QuerySyntaxException {
        with(s -> {
            FieldDoc after = null;
            while (true) {
                TopDocs page = s.searchAfter(after, query, EXPORT_PAGE, BrowseQueries.sort(r.order()), true);
                for (ScoreDoc sd : page.scoreDocs) {
                    action.accept(s, sd);
                }
                if (page.scoreDocs.length < EXPORT_PAGE) {
                    return null;
                }
                after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
            }
        });
    }

    static Query documentQuery(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.GROUP, id)), BooleanClause.Occur.FILTER)
                .add(BrowseQueries.kind(IndexSchema.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .build();
    }

    private static UnifiedHighlighter highlighter(IndexSearcher s) {
        return UnifiedHighlighter.builder(s, IndexSchema.analyzer())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withHandleMultiTermQuery(false) // wildcards and fuzzy terms come expanded (Highlighting)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), IndexSearch.SNIPPET_CHARS, 0.3f))
                .build();
    }

    private static TopDocs page(TopDocs top, BrowseRequest r) {
        int from = Math.min(r.offset(), top.scoreDocs.length);
        int to = Math.min(r.offset() + r.limit(), top.scoreDocs.length);
        return new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, from, to));
    }

    private static float score(ScoreDoc sd) {
        return Float.isNaN(sd.score) ? 0f : sd.score;
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }
}
