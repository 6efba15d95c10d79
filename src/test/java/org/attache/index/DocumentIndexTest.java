package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.attache.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writable index: keyed by id, atomic commits, recovery from a killed writer, schema upgrades. */
class DocumentIndexTest {

    @TempDir
    Path tmp;

    static final Analysis COMMUNIQUE = SampleAnalyses.corpus().get(0);
    static final Analysis STATEMENT = SampleAnalyses.corpus().get(1);

    private static IndexStats stats(Path dir) throws IOException {
        try (IndexSearch s = IndexSearch.open(dir, ActorNames.asTyped())) {
            return s.stats();
        }
    }

    @Test
    void putTwiceKeepsOneDocumentAndItsQuotes() throws IOException {
        Path dir = tmp.resolve("index");
        SampleAnalyses.writeIndex(dir, List.of(COMMUNIQUE, STATEMENT));
        SampleAnalyses.writeIndex(dir, List.of(COMMUNIQUE, STATEMENT, COMMUNIQUE));
        IndexStats s = stats(dir);
        assertEquals(2, s.documents());
        assertEquals(2, s.quotes());
    }

    @Test
    void everyLuceneDocumentHasEachTextFieldSoNormsStayDense() throws IOException {
        Path dir = tmp.resolve("index");
        List<Analysis> corpus = SampleAnalyses.corpus();
        SampleAnalyses.writeIndex(dir, corpus);
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (String field : List.of(IndexSchema.TITLE, IndexSchema.PUBLISHER, IndexSchema.BODY, IndexSchema.SPEAKER,
                    IndexSchema.QUOTE)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    NumericDocValues norms = leaf.reader().getNormValues(field);
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        assertTrue(norms.advanceExact(doc), field + " has no norm in Lucene document " + doc);
                    }
                }
            }
            // the empty fields add no term: the statistics that scores are made of count only the real texts
            IndexSearcher searcher = new IndexSearcher(reader);
            long quotes = corpus.stream().mapToLong(a -> a.quotes().size() + a.statements().size()).sum();
            assertEquals(quotes, searcher.collectionStatistics(IndexSchema.QUOTE).docCount());
            assertEquals(corpus.size(), searcher.collectionStatistics(IndexSchema.BODY).docCount());
        }
    }

    @Test
    void anUpdatedDocumentReplacesItsQuotesAndHash() throws IOException {
        Path dir = tmp.resolve("index");
        SampleAnalyses.writeIndex(dir, List.of(COMMUNIQUE));
        Analysis changed = SampleAnalyses.analysis(COMMUNIQUE.document().id(), "Revised", "2021-06-15", "NATO",
                "No quotations any more, only NATO.", List.of(SampleAnalyses.org("NATO", "NATO")), List.of());
        SampleAnalyses.writeIndex(dir, List.of(changed));
        IndexStats s = stats(dir);
        assertEquals(1, s.documents());
        assertEquals(0, s.quotes());
        assertEquals(1, s.mentions());
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            assertEquals(Optional.of(changed.document().versionKey()), index.storedHash(changed.document().id()));
            assertEquals(Optional.empty(), index.storedHash("never/indexed.txt"));
        }
    }

    @Test
    void removeIfDropsDocumentsWithTheirQuotes() throws IOException {
        Path dir = tmp.resolve("index");
        SampleAnalyses.writeIndex(dir, SampleAnalyses.corpus());
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            assertEquals(1, index.removeIf(id -> id.startsWith("wh/")));
            index.commit();
        }
        IndexStats s = stats(dir);
        assertEquals(3, s.documents());
        assertEquals(1, s.quotes());
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            assertEquals(0, index.removeIf(id -> id.startsWith("wh/")), "a deleted document is not removed twice");
        }
    }

    @Test
    void closingWithoutCommitKeepsTheLastCommittedIndex() throws IOException {
        Path dir = tmp.resolve("index");
        SampleAnalyses.writeIndex(dir, List.of(COMMUNIQUE));
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.put(STATEMENT);
            index.removeIf(id -> true);
            // no commit: a run that fails half-way
        }
        assertEquals(1, stats(dir).documents());
    }

    @Test
    void flushedButUncommittedDocumentsAreDiscardedAndCommittedOnesKept() throws IOException {
        Path dir = tmp.resolve("index");
        SampleAnalyses.writeIndex(dir, List.of(COMMUNIQUE));
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.put(STATEMENT);
            index.flushBuffer(); // a segment on disk, but no commit: a run killed before its end
        }
        assertEquals(1, stats(dir).documents());
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.put(STATEMENT);
            index.flushBuffer();
            index.put(SampleAnalyses.corpus().get(2));
            index.commit();
        }
        assertEquals(3, stats(dir).documents());
        assertEquals(2, stats(dir).quotes());
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstIsOpen() throws IOException {
        Path dir = tmp.resolve("index");
        try (DocumentIndex first = DocumentIndex.open(dir)) {
            IndexBusyException e = assertThrows(IndexBusyException.class, () -> DocumentIndex.open(dir));
            assertTrue(e.getMessage().contains("in use by another attache run"), e.getMessage());
        }
    }

    @Test
    void searchersSeeOnlyCommittedDocuments() throws IOException, QuerySyntaxException {
        Path dir = tmp.resolve("index");
        SampleAnalyses.writeIndex(dir, List.of(COMMUNIQUE));
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.put(STATEMENT);
            try (IndexSearch s = IndexSearch.open(dir, ActorNames.asTyped())) {
                assertEquals(1, s.documents(SearchRequest.of("*")).total(), "a run in progress is invisible");
            }
            index.commit();
        }
        assertEquals(2, stats(dir).documents());
    }

    /**
     * A run killed after Lucene flushed segments but before it committed leaves segment files and a
     * write.lock on disk. Copying the folder while a writer is in that state reproduces exactly what a
     * kill leaves behind; the next writer must see the last commit and clean up.
     */
    @Test
    void aKilledWriterLeavesTheLastCommitAndTheNextRunFinishesTheJob() throws IOException {
        Path dir = tmp.resolve("index");
        SampleAnalyses.writeIndex(dir, List.of(COMMUNIQUE));
        Path killed = tmp.resolve("killed");
        try (var directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.indexAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false))) {
            var junk = new Document();
            junk.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT, Field.Store.NO));
            junk.add(new Field(IndexSchema.BODY, "half written", IndexSchema.BODY_TYPE));
            writer.addDocument(junk);
            writer.deleteAll();
            writer.flush();
            copy(dir, killed);
            writer.rollback();
        }
        assertTrue(Files.exists(killed.resolve("write.lock")), "the copy carries the dead writer's lock file");
        assertEquals(1, stats(killed).documents(), "readers see the last commit");
        try (DocumentIndex index = DocumentIndex.open(killed)) {
            assertEquals(Optional.of(COMMUNIQUE.document().versionKey()),
                    index.storedHash(COMMUNIQUE.document().id()));
            index.put(STATEMENT);
            index.commit();
        }
        IndexStats s = stats(killed);
        assertEquals(2, s.documents());
        assertEquals(2, s.quotes());
    }

    @Test
    void anIndexOfAnOlderSchemaIsRebuiltAtTheNextCommit() throws IOException {
        Path dir = tmp.resolve("index");
        SampleAnalyses.writeIndex(dir, List.of(COMMUNIQUE));
        try (var directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.indexAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, "0").entrySet());
            writer.commit();
        }
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            assertEquals(Optional.empty(), index.storedHash(COMMUNIQUE.document().id()), "everything is re-analysed");
            assertEquals(1, stats(dir).documents(), "the old index stays readable until the new one is committed");
            index.put(STATEMENT);
            index.commit();
        }
        assertEquals(1, stats(dir).documents());
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            assertEquals(Optional.of(STATEMENT.document().versionKey()), index.storedHash(STATEMENT.document().id()));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
