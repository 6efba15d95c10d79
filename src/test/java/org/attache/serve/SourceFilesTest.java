package org.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.attache.index.BrowseResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces of the source link that need no server: which recorded paths count, and the download header. */
class SourceFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aRecordedPathCountsOnlyWhenItEndsWithTheIdAndTheFileIsThere() throws Exception {
        Path file = tmp.resolve("corpus/nato/communique.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<p>x</p>");
        String path = file.toString();
        assertEquals(file, SourceFiles.file(new BrowseResults.Source("nato/communique.html", "html", path)).orElseThrow());
        assertEquals(file, SourceFiles.file(new BrowseResults.Source("communique.html", "html", path)).orElseThrow());
        for (BrowseResults.Source bad : List.of(
                new BrowseResults.Source("other/communique.html", "html", path),
                new BrowseResults.Source("nato/communique.html", "html", "corpus/nato/communique.html"),
                new BrowseResults.Source("nato/communique.html", "html", ""),
                new BrowseResults.Source("nato/communique.html", "html", "/etc/passwd"),
                new BrowseResults.Source("nato", "html", file.getParent().toString()),
                new BrowseResults.Source("nato/communique.html", "html", path + "\0"))) {
            assertTrue(SourceFiles.file(bad).isEmpty(), bad.toString());
        }
    }

    @Test
    void theDispositionHeaderNeverBreaksWhateverTheFileName() {
        assertEquals("inline; filename=\"r_sum_.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt",
                SourceFiles.disposition("inline", "résumé.txt"));
        assertEquals("attachment; filename=\"a_b_.pdf\"; filename*=UTF-8''a%20b%22.pdf",
                SourceFiles.disposition("attachment", "a b\".pdf"));
        Random random = new Random(18);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                name.append((char) random.nextInt(0x3000));
            }
            String header = SourceFiles.disposition("inline", name.toString());
            assertTrue(header.chars().allMatch(c -> c >= 0x20 && c < 0x7F), header);
            assertEquals(2, header.chars().filter(c -> c == '"').count(), header);
            assertFalse(header.substring(header.indexOf("filename*")).contains(" "), header);
        }
    }
}
