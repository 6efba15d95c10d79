package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {

    @TempDir
    Path dir;

    @Test
    void anUntouchedFileKeepsItsStampAndAnyChangeOfSizeOrTimeGivesAnother() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "NATO met in Brussels.");
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_700_000_000_000L));
        String stamp = FileStamp.of(f);
        assertTrue(stamp.startsWith("21/1700000000000000000/"), stamp);
        assertEquals(stamp, FileStamp.of(f));

        Files.writeString(f, "NATO met in Brussels!"); // same size, new time
        assertNotEquals(stamp, FileStamp.of(f));

        Files.writeString(f, "NATO met in Brussels today.");
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_700_000_000_000L)); // same time, new size
        assertNotEquals(stamp, FileStamp.of(f));
    }

    @Test
    void aMissingFileHasNoStamp() {
        assertEquals("", FileStamp.of(dir.resolve("gone.txt")));
    }
}
