package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.attache.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents come back decoded, in id order, however many threads decode them ahead. */
class IndexedDocumentsTest {

    @TempDir
    Path tmp;

    @Test
    void everyDocumentComesBackWholeInIdOrder() throws IOException {
        // more documents than one search page and the decoding window, put in a shuffled order
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            analyses.add(SampleAnalyses.analysis(String.format("site/%04d.txt", i), "Title " + i, "2021-06-14",
                    "NATO", "NATO met in Brussels, report " + i + ".", List.of(SampleAnalyses.org("NATO", "NATO"),
                            SampleAnalyses.place("Brussels")), List.of()));
        }
        List<Analysis> shuffled = new ArrayList<>(analyses);
        Collections.shuffle(shuffled, new Random(3));
        Path dir = tmp.resolve("index");
        SampleAnalyses.writeIndex(dir, shuffled);
        List<Analysis> seen = new ArrayList<>();
        try (var d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexedDocuments.forEach(reader, null, seen::add);
        }
        assertEquals(analyses.size(), seen.size());
        for (int i = 0; i < analyses.size(); i++) {
            Analysis want = analyses.get(i);
            Analysis got = seen.get(i);
            assertEquals(want.document().id(), got.document().id());
            assertEquals(want.document().text(), got.document().text());
            assertEquals(want.mentions(), got.mentions());
            assertEquals(want.words(), got.words());
        }
    }

    @Test
    void aFilterKeepsItsDocumentsAndAFailingActionStopsTheWalk() throws IOException {
        Path dir = tmp.resolve("index");
        SampleAnalyses.writeIndex(dir, SampleAnalyses.corpus());
        try (var d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            List<String> ids = new ArrayList<>();
            IndexedDocuments.forEach(reader, new TermQuery(new Term(IndexSchema.ACTOR, "russia")),
                    a -> ids.add(a.document().id()));
            assertEquals(List.of("nato/2021-06-14-communique.html", "wh/2022-02-25-statement.md"), ids);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> IndexedDocuments.forEach(reader,
                    null, a -> {
                        throw new IllegalStateException("stop at " + a.document().id());
                    }));
            assertEquals("stop at nato/2021-06-14-communique.html", e.getMessage(), "the first document in id order");
        }
    }
}
