package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.cli.Cli;
import org.attache.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that collide and links that leave the corpus: each file accounted for, the run never aborted. */
class HostileFilesTest {

    private static final String PARAGRAPH = "Defence ministers of the Alliance met in Brussels on Thursday "
            + "to agree on new plans for air defence.\n";

    @TempDir
    Path tmp;

    @Test
    void aFileBesideAFolderNamedLikeItsCleanTextBothGetAnalysed() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a"), PARAGRAPH);
        Files.createDirectories(corpus.resolve("a.txt"));
        Files.writeString(corpus.resolve("a.txt/b.md"), PARAGRAPH);
        Files.createDirectories(corpus.resolve("A.TXT"));
        Files.writeString(corpus.resolve("A.TXT/c.txt"), PARAGRAPH);

        Cli.Result r = Cli.attache("run", corpus.toString(), "--out", tmp.resolve("out").toString(), "--quiet");

        assertEquals(ExitCodes.OK, r.exit(), r.err());
        String documents = Files.readString(tmp.resolve("out/documents.csv"));
        assertTrue(documents.contains("\na,") && documents.contains("\na.txt/b.md,")
                && documents.contains("\nA.TXT/c.txt,"), documents);
        OutputLayout layout = new OutputLayout(tmp.resolve("out"));
        assertTrue(Files.isRegularFile(layout.cleanFile("a")));
        assertTrue(Files.isRegularFile(layout.cleanFile("a.txt/b.md")));
    }

    @Test
    void folderPartsNeverTakeACleanFilesName() {
        OutputLayout layout = new OutputLayout(Path.of("out"));
        for (String folder : new String[] {"a.txt", "a.TXT", "a.txt.txt"}) {
            Path inFolder = layout.cleanFile(folder + "/x");
            String leaf = folder.substring(0, folder.length() - 4);
            assertNotEquals(layout.cleanFile(leaf), inFolder.getParent(), folder);
            assertFalse(inFolder.getParent().getFileName().toString().toLowerCase().endsWith(".txt"), folder);
        }
        assertEquals(Path.of("out", "clean", "nato", "x.txt"), layout.cleanFile("nato/x")); // ordinary folders kept
    }

    @Test
    void linksLeavingTheCorpusAreSkippedUnlessFollowed() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "SECRET " + PARAGRAPH);
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("own.txt"), PARAGRAPH);
        Files.createSymbolicLink(corpus.resolve("to-file.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(corpus.resolve("to-folder"), outside);
        Files.createSymbolicLink(corpus.resolve("inside.txt"), corpus.resolve("own.txt"));

        Cli.Result r = Cli.attache("run", corpus.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        String documents = Files.readString(tmp.resolve("out/documents.csv"));
        String errors = Files.readString(tmp.resolve("out/errors.csv"));
        assertTrue(documents.contains("\nown.txt,") && documents.contains("\ninside.txt,"), documents);
        assertFalse(documents.contains("to-file") || documents.contains("to-folder"), documents);
        assertTrue(errors.contains("to-file.txt," + CorpusScan.OUTSIDE), errors);
        assertTrue(errors.contains("to-folder/," + CorpusScan.OUTSIDE), errors);

        Cli.Result followed = Cli.attache("run", corpus.toString(), "--out", tmp.resolve("out2").toString(), "--quiet",
                "--follow-links");
        assertEquals(ExitCodes.OK, followed.exit(), followed.err());
        String all = Files.readString(tmp.resolve("out2/documents.csv"));
        assertTrue(all.contains("\nto-file.txt,") && all.contains("\nto-folder/secret.txt,"), all);
    }
}
