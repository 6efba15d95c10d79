package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommittedReaderTest {

    @TempDir
    Path tmp;

    @Test
    void noIndexIsReportedBeforeAnythingIsHeld() {
        AtomicBoolean held = new AtomicBoolean();
        Path missing = tmp.resolve("out").resolve("index");
        assertThrows(NoIndexException.class, () -> CommittedReader.open(missing, () -> {
            held.set(true);
            return null;
        }));
        assertFalse(held.get());
        assertFalse(Files.exists(missing));
    }

    @Test
    void anEmptyFolderHoldsNoIndex() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("index"));
        assertThrows(NoIndexException.class, () -> CommittedReader.open(empty, () -> null));
    }

    @Test
    void readsTheCommitAndReleasesWhatItHeldOnClose() throws IOException {
        Path dir = tmp.resolve("index");
        try (var d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("id", "a", Field.Store.YES));
            w.addDocument(doc);
            w.commit();
        }
        AtomicBoolean released = new AtomicBoolean();
        Closeable lock = () -> released.set(true);
        try (CommittedReader index = CommittedReader.open(dir, () -> lock)) {
            assertEquals(1, index.reader().numDocs());
            assertFalse(released.get());
        }
        assertTrue(released.get());
    }
}
