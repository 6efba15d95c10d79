package org.attache.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.attache.model.Analysis;

/**
 * Streams the analysed documents of an index in id order, a page at a time, so reports never hold
 * the whole corpus in memory.
 */
public final class IndexedDocuments {

    private static final int PAGE = 256;
    private static final Sort BY_ID = new Sort(new SortField(IndexSchema.ID_SORT, SortField.Type.STRING));

    private IndexedDocuments() {
    }

    /** Every document matching {@code filter} (null: all), in id order. */
    public static void forEach(DirectoryReader reader, Query filter, Consumer<Analysis> action) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)), BooleanClause.Occur.FILTER);
        if (filter != null) {
            q.add(filter, BooleanClause.Occur.FILTER);
        }
        Query query = q.build();
        StoredFields stored = reader.storedFields();
        ScoreDoc after = null;
        while (true) {
            org.apache.lucene.search.TopDocs page = after == null ? searcher.search(query, PAGE, BY_ID)
                    : searcher.searchAfter(after, query, PAGE, BY_ID);
            for (ScoreDoc sd : page.scoreDocs) {
                try {
                    action.accept(AnalysisCodec.fromLucene(stored, sd.doc));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (page.scoreDocs.length < PAGE) {
                return;
            }
            after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
        }
    }
}
