package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

    private static final DocumentReader READER = new DocumentReader(RunConfig.DEFAULT_MAX_BYTES, new Cleaners());

    @TempDir
    Path tmp;

    private SourceFile file(String name, String text) throws Exception {
        Path path = Files.writeString(tmp.resolve(name), text);
        return new SourceFile(name, path);
    }

    @Test
    void bytesReadByTheTemplatePassAreGivenOnceToTheDocumentsPass() throws Exception {
        SourceFile a = file("a.txt", "NATO ministers met in Brussels.");
        ReadAhead reads = new ReadAhead(1 << 20, id -> true);
        byte[] read = reads.read(a, READER);

        ReadAhead.Read kept = reads.take(a);
        assertArrayEquals(read, kept.bytes());
        assertEquals(FileStamp.of(a.path()), kept.stamp());
        assertNull(reads.take(a)); // given once: the memory is free again
    }

    @Test
    void aFileChangedOrDeletedSinceItWasReadIsReadAgain() throws Exception {
        SourceFile changed = file("changed.txt", "first words");
        SourceFile deleted = file("deleted.txt", "other words");
        ReadAhead reads = new ReadAhead(1 << 20, id -> true);
        reads.read(changed, READER);
        reads.read(deleted, READER);
        Files.writeString(changed.path(), "second words, longer");
        Files.setLastModifiedTime(changed.path(), FileTime.fromMillis(0));
        Files.delete(deleted.path());

        assertNull(reads.take(changed));
        assertNull(reads.take(deleted));
    }

    @Test
    void onlyWantedFilesAreKeptAndOnlyWithinTheBudget() throws Exception {
        SourceFile mine = file("mine.txt", "12345");
        SourceFile other = file("other.txt", "12345");
        SourceFile big = file("big.txt", "1234567890");
        ReadAhead reads = new ReadAhead(12, id -> !id.startsWith("other"));
        reads.read(mine, READER);
        reads.read(other, READER);
        byte[] bigBytes = reads.read(big, READER); // 5 + 10 bytes are over the budget of 12

        assertEquals("12345", new String(reads.take(mine).bytes(), StandardCharsets.UTF_8));
        assertNull(reads.take(other));
        assertNull(reads.take(big));
        assertEquals(10, bigBytes.length); // read all the same
    }
}
