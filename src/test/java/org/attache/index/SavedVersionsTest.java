package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.index.DocumentIndex.Stored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved copy of the version table answers only for the commit it was saved with. */
class SavedVersionsTest {

    @TempDir
    Path tmp;

    private Path indexed(String stamp) throws IOException {
        Path dir = tmp.resolve("index");
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            for (var analysis : SampleAnalyses.corpus()) {
                index.put(analysis, stamp + analysis.document().id());
            }
            index.commit();
            index.saveVersions();
        }
        return dir;
    }

    private static Map<String, Stored> stored(Path dir) throws IOException {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            return index.storedVersions();
        }
    }

    @Test
    void theCopyOfTheLatestCommitIsItsVersionTable() throws IOException {
        Path dir = indexed("10/20/");
        Optional<Map<String, Stored>> saved = SavedVersions.read(dir);
        assertTrue(saved.isPresent());
        assertEquals(stored(dir), saved.get());
        assertEquals(SampleAnalyses.corpus().size(), saved.get().size());
        assertEquals("10/20/wh/2022-02-25-statement.md", saved.get().get("wh/2022-02-25-statement.md").fileStamp());
    }

    @Test
    void anotherCommitMakesTheCopyStale() throws IOException {
        Path dir = indexed("");
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.removeIf(id -> id.startsWith("wh/"));
            index.commit(); // no saveVersions: as a run killed between the two
        }
        assertEquals(Optional.empty(), SavedVersions.read(dir));
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.saveVersions();
        }
        assertEquals(Optional.of(stored(dir)), SavedVersions.read(dir));
    }

    @Test
    void aDamagedOrMissingCopyIsNoAnswer() throws IOException {
        Path dir = indexed("");
        Path copy = dir.resolve(SavedVersions.FILE);
        byte[] bytes = Files.readAllBytes(copy);
        Files.write(copy, Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(Optional.empty(), SavedVersions.read(dir), "cut short");
        Files.writeString(copy, "not a copy");
        assertEquals(Optional.empty(), SavedVersions.read(dir), "garbage");
        Files.delete(copy);
        assertEquals(Optional.empty(), SavedVersions.read(dir), "missing");
        assertEquals(Optional.empty(), SavedVersions.read(tmp.resolve("nowhere")), "no index at all");
    }

    @Test
    void aRebuiltIndexWithTheSameCommitNameIsNotMistakenForTheOld() throws IOException {
        Path dir = indexed("");
        Path copy = Files.copy(dir.resolve(SavedVersions.FILE), tmp.resolve("old-copy"));
        for (Path f : Files.list(dir).toList()) {
            Files.delete(f);
        }
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            index.put(SampleAnalyses.corpus().get(0), "other");
            index.commit();
        }
        Files.copy(copy, dir.resolve(SavedVersions.FILE));
        assertEquals(List.of(), Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("segments_") && !n.equals("segments_1")).toList(), "same commit name");
        assertFalse(SavedVersions.read(dir).isPresent(), "the commit's bytes differ");
    }
}
