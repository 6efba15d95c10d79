package org.attache.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.attache.model.Analysis;

/**
 * Streams the analysed documents of an index in id order, a page at a time, so reports never hold
 * the whole corpus in memory. Decoding a document from its stored fields costs about as much as
 * reporting on it, so a few threads decode ahead of the caller, within a bounded window, while the
 * caller's action still sees the documents one at a time, in order.
 */
public final class IndexedDocuments {

    private static final int PAGE = 256;
    /** Documents decoded ahead of the action at most: bounds the memory, keeps the decoders busy. */
    private static final int WINDOW = 32;
    private static final int MAX_DECODERS = 4;
    private static final Sort BY_ID = new Sort(new SortField(IndexSchema.ID_SORT, SortField.Type.STRING));

    private IndexedDocuments() {
    }

    /** Every document matching {@code filter} (null: all), in id order; {@code action} runs on the calling thread. */
    public static void forEach(DirectoryReader reader, Query filter, Consumer<Analysis> action) throws IOException {
        forEach(reader, filter, a -> a, action);
    }

    /**
     * As above, with {@code prepare} applied to each document on the decoding threads (so it must be
     * thread-safe), and {@code action} given its results on the calling thread, in id order.
     */
    public static <T> void forEach(DirectoryReader reader, Query filter, Function<Analysis, T> prepare,
                                   Consumer<T> action) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)), BooleanClause.Occur.FILTER);
        if (filter != null) {
            q.add(filter, BooleanClause.Occur.FILTER);
        }
        Query query = q.build();
        int decoders = Math.max(1, Math.min(MAX_DECODERS, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(decoders, r -> {
            Thread t = new Thread(r, "attache-decode");
            t.setDaemon(true);
            return t;
        });
        // StoredFields instances are not thread-safe: one per decoding thread
        ThreadLocal<StoredFields> stored = ThreadLocal.withInitial(() -> {
            try {
                return reader.storedFields();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ArrayDeque<Future<T>> window = new ArrayDeque<>();
        try {
            ScoreDoc after = null;
            while (true) {
                TopDocs page = after == null ? searcher.search(query, PAGE, BY_ID)
                        : searcher.searchAfter(after, query, PAGE, BY_ID);
                for (ScoreDoc sd : page.scoreDocs) {
                    int doc = sd.doc;
                    window.add(pool.submit(() -> prepare.apply(AnalysisCodec.fromLucene(stored.get(), doc))));
                    if (window.size() >= WINDOW) {
                        action.accept(take(window.poll()));
                    }
                }
                if (page.scoreDocs.length < PAGE) {
                    break;
                }
                after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
            }
            while (!window.isEmpty()) {
                action.accept(take(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The ids of the documents {@code filter} matches. */
    public static Set<String> idsMatching(DirectoryReader reader, Query filter) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)), BooleanClause.Occur.FILTER)
                .add(filter, BooleanClause.Occur.FILTER).build();
        Set<String> ids = new HashSet<>();
        IndexSearcher searcher = new IndexSearcher(reader);
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (var leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            SortedDocValues values = leaf.reader().getSortedDocValues(IndexSchema.ID_SORT);
            if (scorer == null || values == null) {
                continue;
            }
            var live = leaf.reader().getLiveDocs();
            var it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                    ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }
        }
        return ids;
    }

    private static <T> T take(Future<T> decoded) throws IOException {
        try {
            return decoded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the index");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
