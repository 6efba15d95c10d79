package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.attache.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shard indexes joined: segments written sorted by id are copied as they are, anything else (unsorted,
 * holding deleted documents) is sorted and rewritten; either way the merged index holds what one index
 * of the whole corpus holds, every segment sorted by id.
 */
class IndexMergeTest {

    @TempDir
    Path tmp;

    private static final List<Analysis> CORPUS = SampleAnalyses.corpus();

    @Test
    void sortedShardsAreCopiedSegmentBySegment() throws IOException {
        Path one = write("one", true, List.of(CORPUS.get(3), CORPUS.get(0)));
        Path two = write("two", true, List.of(CORPUS.get(2), CORPUS.get(1)));
        Path merged = tmp.resolve("merged");
        IndexMerge.merge(List.of(one, two), merged);
        assertEquals(segments(one) + segments(two), segments(merged), "copied, not rewritten into one segment");
        assertSameAsOneIndex(merged);
    }

    @Test
    void unsortedOrDeletedShardsAreRewrittenSorted() throws IOException {
        Path unsorted = write("unsorted", false, List.of(CORPUS.get(3), CORPUS.get(0)));
        Path sorted = write("sorted", true, List.of(CORPUS.get(2), CORPUS.get(1), CORPUS.get(2))); // one deleted
        Path merged = tmp.resolve("merged");
        IndexMerge.merge(List.of(unsorted, sorted), merged);
        assertEquals(1, segments(merged));
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(merged))) {
            assertEquals(0, r.numDeletedDocs(), "the replaced document's old version is left out");
        }
        assertSameAsOneIndex(merged);
    }

    @Test
    void anUnsortedIndexOpenedSortedIsRebuiltSorted() throws IOException {
        Path dir = write("index", false, List.of(CORPUS.get(1), CORPUS.get(0)));
        try (DocumentIndex index = DocumentIndex.openSortedById(dir)) {
            assertTrue(index.storedHash(CORPUS.get(0).document().id()).isEmpty(), "the unsorted index is not used");
            for (Analysis a : CORPUS) {
                index.put(a);
            }
            index.commit();
        }
        try (var d = FSDirectory.open(dir)) {
            assertTrue(IndexMerge.sortedBy(d, IndexMerge.BY_ID));
        }
        assertSameAsOneIndex(dir);
    }

    private Path write(String name, boolean sorted, List<Analysis> analyses) throws IOException {
        Path dir = tmp.resolve(name);
        try (DocumentIndex index = sorted ? DocumentIndex.openSortedById(dir) : DocumentIndex.open(dir)) {
            for (Analysis a : analyses) {
                index.put(a);
                index.flushBuffer(); // a segment per document where Lucene allows: several segments to join
            }
            index.commit();
        }
        return dir;
    }

    private static int segments(Path dir) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
            return r.leaves().size();
        }
    }

    /** The same counts as an index of the whole corpus, and every segment's documents in id order. */
    private void assertSameAsOneIndex(Path dir) throws IOException {
        Path whole = tmp.resolve("whole-" + dir.getFileName());
        SampleAnalyses.writeIndex(whole, CORPUS);
        try (IndexSearch a = IndexSearch.open(whole, ActorNames.asTyped());
             IndexSearch b = IndexSearch.open(dir, ActorNames.asTyped())) {
            assertEquals(a.stats(), b.stats());
        }
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
            for (LeafReaderContext leaf : r.leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID_SORT);
                List<String> order = new ArrayList<>();
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    order.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
                }
                assertEquals(order.stream().sorted().toList(), order, "a segment sorted by id");
            }
        }
    }
}
