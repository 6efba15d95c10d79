package org.attache.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.attache.model.Analysis;

/**
 * The writable index of one output folder. Documents are keyed by id: {@link #put} replaces a
 * document and its quotations together. Lucene commits are atomic, so a killed run leaves the last
 * committed index (closing without {@link #commit} discards the run's changes); Lucene's write lock
 * makes a second concurrent run fail fast. An index written under another {@link IndexSchema#VERSION}
 * is rebuilt from scratch.
 * Thread-safe: workers may call {@link #put} concurrently.
 */
public final class DocumentIndex implements Closeable {

    private final Path dir;
    private final Directory directory;
    private final boolean current;
    /** The index sort new segments are written with; null: none (documents in the order they came). */
    private final Sort sort;
    private final FacetsConfig facets = IndexSchema.facets();
    private final DirectoryReader snapshot;
    private final IndexSearcher snapshotSearcher;
    /** The index's write lock, held from opening until the writer takes it over. */
    private Lock heldLock;
    /** Made at the first change: a re-run that changes nothing never pays for a writer. */
    private volatile IndexWriter writer;

    private DocumentIndex(Path dir, Directory directory, boolean current, Sort sort, Lock lock,
                          DirectoryReader snapshot) {
        this.dir = dir;
        this.directory = directory;
        this.current = current;
        this.sort = sort;
        this.heldLock = lock;
        this.snapshot = snapshot;
        this.snapshotSearcher = snapshot == null ? null : new IndexSearcher(snapshot);
    }

    /** Opens (creating if needed) the index in {@code dir}; fails with {@link IndexBusyException} if a run holds it. */
    public static DocumentIndex open(Path dir) throws IOException {
        return open(dir, null);
    }

    /**
     * As {@link #open}, writing every segment sorted by document id (a shard's index), so that a merge
     * can copy the segments as they are ({@link IndexMerge}) instead of sorting them again. An index
     * written unsorted is rebuilt.
     */
    public static DocumentIndex openSortedById(Path dir) throws IOException {
        return open(dir, IndexMerge.BY_ID);
    }

    private static DocumentIndex open(Path dir, Sort sort) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            // An index of another schema version (or sort) is rebuilt: CREATE replaces it only at the next commit.
            boolean current = hasCurrentSchema(directory) && (sort == null || IndexMerge.sortedBy(directory, sort));
            Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
            DirectoryReader snapshot = current ? DirectoryReader.open(directory) : null;
            return new DocumentIndex(dir, directory, current, sort, lock, snapshot);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexBusyException(dir);
        }
    }

    /** The writer, made (taking over the write lock) at the first call. Thread-safe. */
    private IndexWriter writer() throws IOException {
        IndexWriter w = writer;
        if (w != null) {
            return w;
        }
        synchronized (this) {
            if (writer == null) {
                IndexWriterConfig config = new IndexWriterConfig(IndexSchema.indexAnalyzer())
                        .setOpenMode(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                        .setCommitOnClose(false)
                        .setRAMBufferSizeMB(128); // 280 documents: 2 segments instead of 10 (faster re-runs, searches)
                if (sort != null) {
                    config.setIndexSort(sort);
                }
                heldLock.close();
                heldLock = null;
                try {
                    IndexWriter made = new IndexWriter(directory, config);
                    made.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, IndexSchema.VERSION).entrySet());
                    writer = made;
                } catch (LockObtainFailedException e) {
                    throw new IndexBusyException(dir); // taken in the moment between the two locks
                }
            }
            return writer;
        }
    }

    private static boolean hasCurrentSchema(Directory directory) throws IOException {
        return DirectoryReader.indexExists(directory) && IndexSchema.VERSION.equals(
                SegmentInfos.readLatestCommit(directory).getUserData().get(IndexSchema.VERSION_KEY));
    }

    /** The content hash the last committed index holds for this document, if any. Thread-safe. */
    public Optional<String> storedHash(String id) throws IOException {
        if (snapshotSearcher == null) {
            return Optional.empty();
        }
        TopDocs hits = snapshotSearcher.search(documentQuery(id), 1);
        if (hits.scoreDocs.length == 0) {
            return Optional.empty();
        }
        int doc = hits.scoreDocs[0].doc;
        var leaves = snapshot.leaves();
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues hashes = leaf.reader().getBinaryDocValues(IndexSchema.HASH_DV);
        if (hashes == null || !hashes.advanceExact(doc - leaf.docBase)) {
            return Optional.empty();
        }
        return Optional.of(hashes.binaryValue().utf8ToString());
    }

    /** What the index holds of a document's source: its version key and the stamp of its file. */
    public record Stored(String key, String fileStamp) {
    }

    /**
     * The version key and file stamp the last committed index holds for every document, by id: one
     * pass over the doc values, for checking a whole corpus at once. Thread-safe.
     */
    public Map<String, Stored> storedVersions() throws IOException {
        return snapshot == null ? new HashMap<>() : versionsOf(snapshot);
    }

    /**
     * Saves a copy of the version table of the latest commit ({@link SavedVersions}), so that the next
     * run can find an unchanged corpus without opening the index. Call after the run's last commit.
     */
    public void saveVersions() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        try (DirectoryReader latest = DirectoryReader.open(directory)) {
            SavedVersions.write(dir, latest.getIndexCommit().getSegmentsFileName(), versionsOf(latest));
        }
    }

    private static Map<String, Stored> versionsOf(DirectoryReader index) throws IOException {
        Map<String, Stored> out = new HashMap<>();
        for (LeafReaderContext leaf : index.leaves()) {
            LeafReader reader = leaf.reader();
            BinaryDocValues hashes = reader.getBinaryDocValues(IndexSchema.HASH_DV); // on documents, not quotes
            BinaryDocValues stamps = reader.getBinaryDocValues(IndexSchema.STAMP_DV);
            SortedDocValues ids = reader.getSortedDocValues(IndexSchema.ID_SORT);
            if (hashes == null || ids == null) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            for (int doc = hashes.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hashes.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    String stamp = stamps != null && stamps.advanceExact(doc) ? stamps.binaryValue().utf8ToString() : "";
                    out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(),
                            new Stored(hashes.binaryValue().utf8ToString(), stamp));
                }
            }
        }
        return out;
    }

    private static Query documentQuery(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.GROUP, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)),
                        BooleanClause.Occur.FILTER)
                .build();
    }

    /** How many documents the last committed index holds. */
    public int documentCount() throws IOException {
        return snapshotSearcher == null ? 0
                : snapshotSearcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOCUMENT)));
    }

    /** Adds or replaces a document and its quotations. */
    public void put(Analysis analysis) throws IOException {
        put(analysis, "");
    }

    /**
     * Adds or replaces a document, remembering the stamp of its source file (size, modification
     * time; see {@link #storedVersions}) so that an unchanged file need not be read again.
     */
    public void put(Analysis analysis, String fileStamp) throws IOException {
        put(analysis, fileStamp, null);
    }

    /** As {@link #put(Analysis, String)}, remembering where the source file is ({@code source}: null when unknown). */
    public void put(Analysis analysis, String fileStamp, Path source) throws IOException {
        List<Document> lucene = AnalysisCodec.toLucene(analysis);
        lucene.get(0).add(new BinaryDocValuesField(IndexSchema.STAMP_DV, new BytesRef(fileStamp)));
        if (source != null) {
            lucene.get(0).add(new StoredField(IndexSchema.SOURCE,
                    source.toAbsolutePath().normalize().toString()));
        }
        var docs = lucene.stream().map(d -> {
            try {
                return facets.build(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        writer().updateDocuments(new Term(IndexSchema.GROUP, analysis.document().id()), docs);
    }

    /**
     * Removes the documents of the last committed index that {@code remove} accepts, with their
     * quotations; returns how many. Only live documents count: the terms of documents deleted earlier
     * stay in the index until a merge, and once counted them as removed again at every run.
     */
    public int removeIf(Predicate<String> remove) throws IOException {
        int removed = 0;
        for (String id : storedVersions().keySet()) {
            if (remove.test(id)) {
                writer().deleteDocuments(new Term(IndexSchema.GROUP, id));
                removed++;
            }
        }
        return removed;
    }

    /**
     * Writes the largest buffer of documents that no thread is filling out as an (uncommitted) segment,
     * on the calling thread; false when there was none. Called by threads that ran out of documents
     * while others still work, so the final {@link #commit} has less left to write on its own; one
     * buffer per call, so that two idle threads write two buffers at once. Uncommitted segments are
     * discarded like any uncommitted change. Thread-safe.
     */
    public boolean flushBuffer() throws IOException {
        IndexWriter w = writer;
        return w != null && w.flushNextBuffer();
    }

    public void commit() throws IOException {
        writer().commit();
    }

    /** Closes without committing what was not committed (a failed run keeps the last good index). */
    public void rollback() throws IOException {
        try {
            if (writer != null) {
                writer.rollback();
            }
        } finally {
            closeSnapshot();
        }
    }

    /** Closes; anything not {@link #commit committed} is discarded, so the index on disk stays the last good one. */
    @Override
    public void close() throws IOException {
        try {
            if (writer != null) {
                writer.close();
            }
        } finally {
            closeSnapshot();
        }
    }

    private void closeSnapshot() throws IOException {
        try {
            if (snapshot != null) {
                snapshot.close();
            }
        } finally {
            try {
                if (heldLock != null) {
                    heldLock.close();
                }
            } finally {
                directory.close();
            }
        }
    }
}
