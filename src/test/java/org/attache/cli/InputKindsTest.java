package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.attache.index.DocumentIndex;
import org.attache.ingest.PdfFixtures;
import org.attache.ingest.PdfReaderTest;
import org.attache.pipeline.OutputLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus as researchers have it: text, a PDF communiqué, a scanned and an encrypted PDF, random
 * bytes and an image under a text name, and the output folder inside the corpus. Every file ends in
 * documents.csv or errors.csv with its reason; a re-run of it is decided without reading anything.
 */
class InputKindsTest {

    private static final String TEXT = "Allies meet in Brussels\n\nDefence ministers met in Brussels on Thursday and "
            + "agreed a plan for air defence, the Secretary General said after the meeting.\n";

    @TempDir
    Path tmp;
    Path corpus;
    Path out;

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        out = corpus.resolve("output");
        Files.writeString(corpus.resolve("note.txt"), TEXT);
        Files.write(corpus.resolve("communique.pdf"), PdfReaderTest.communique());
        Files.write(corpus.resolve("scan.pdf"), PdfFixtures.pdf().scanned(1).bytes());
        Files.write(corpus.resolve("locked.pdf"), PdfFixtures.pdf()
                .page(PdfFixtures.body(50, 100, "Minutes of the meeting of the defence ministers in Brussels."))
                .encryptedWithPassword().bytes());
        byte[] noise = new byte[64 * 1024];
        new Random(3).nextBytes(noise);
        Files.write(corpus.resolve("noise.txt"), noise);
        Files.write(corpus.resolve("empty.md"), new byte[0]);
    }

    private Cli.Result run() {
        return Cli.attache("run", corpus.toString(), "--out", out.toString(), "--quiet", "--threads", "2");
    }

    private String file(String name) throws IOException {
        return Files.readString(out.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void everyKindEndsInDocumentsOrErrorsWithItsReason() throws IOException {
        assertEquals(0, run().exit());
        String documents = file("documents.csv");
        assertTrue(documents.contains("communique.pdf,Allies Agree a New Defence Plan,2024-06-14,,"), documents);
        assertTrue(documents.matches("(?s).*communique\\.pdf,[^\\n]*,pdf,.*"), documents);
        assertTrue(documents.matches("(?s).*note\\.txt,[^\\n]*,text,.*"), documents);
        assertEquals(3, documents.lines().count(), documents);
        String errors = file("errors.csv");
        assertTrue(errors.contains("empty.md,empty file"), errors);
        assertTrue(errors.contains("locked.pdf,encrypted PDF: it needs a password to open"), errors);
        assertTrue(errors.contains("noise.txt,\"binary content ("), errors);
        assertTrue(errors.contains("scan.pdf,\"scanned PDF: no text layer"), errors);
        assertTrue(errors.contains("output/,\"skipped: this run's output folder (--out), never read as input\""),
                errors);
        String clean = Files.readString(new OutputLayout(out).cleanFile("communique.pdf"));
        assertFalse(clean.contains("Page 1 of 3") || clean.contains("NATO Press Release"), clean);
        assertTrue(clean.contains("eastern border,"), clean);
    }

    @Test
    void aReRunWithRejectedFilesDecidesWithoutReadingOrOpeningTheIndex() throws IOException {
        assertEquals(0, run().exit());
        byte[] errors = Files.readAllBytes(out.resolve("errors.csv"));
        byte[] documents = Files.readAllBytes(out.resolve("documents.csv"));
        try (DocumentIndex held = DocumentIndex.open(new OutputLayout(out).index())) {
            // with the index held open a run only succeeds when it needs neither to read nor to write it
            Cli.Result again = run();
            assertEquals(0, again.exit(), again.err());
        }
        assertArrayEquals(errors, Files.readAllBytes(out.resolve("errors.csv")));
        assertArrayEquals(documents, Files.readAllBytes(out.resolve("documents.csv")));
        assertTrue(file("run.json").contains("\"documents_unchanged\": 2"), file("run.json"));
    }

    @Test
    void aRejectedFileThatBecomesADocumentIsAnalysedAndTheOtherWayRound() throws IOException {
        assertEquals(0, run().exit());
        Files.writeString(corpus.resolve("noise.txt"), TEXT.replace("air defence", "cyber defence"));
        Files.write(corpus.resolve("note.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        assertEquals(0, run().exit());
        String documents = file("documents.csv");
        assertTrue(documents.contains("noise.txt,Allies meet in Brussels"), documents);
        assertFalse(documents.contains("note.txt"), documents);
        assertTrue(file("errors.csv").contains("note.txt,\"binary content (PNG image), not a document\""),
                file("errors.csv"));
        assertFalse(file("errors.csv").contains("noise.txt"), file("errors.csv"));
    }

    @Test
    void anotherAttacheOutputInsideTheCorpusIsSkipped() throws IOException {
        Path old = Files.createDirectories(corpus.resolve("archive/old-run"));
        Files.createDirectories(old.resolve("index"));
        Files.writeString(old.resolve("run.json"), "{}");
        Files.createDirectories(old.resolve("clean"));
        Files.writeString(old.resolve("clean/note.txt.txt"), TEXT);
        assertEquals(0, run().exit());
        assertEquals(0, run().exit());
        assertFalse(file("documents.csv").contains("old-run") || file("documents.csv").contains("output/"),
                file("documents.csv"));
        assertTrue(file("errors.csv").contains("archive/old-run/,\"skipped: the output folder of an Attaché run"),
                file("errors.csv"));
    }

    @Test
    void cleanReadsAPdfAndRefusesABinaryWithItsReason() {
        Cli.Result pdf = Cli.attache("clean", corpus.resolve("communique.pdf").toString());
        assertEquals(0, pdf.exit(), pdf.err());
        assertTrue(pdf.out().startsWith("Title: Allies Agree a New Defence Plan\nDate: 2024-06-14\nPublisher: \n"
                + "Format: PDF\n"), pdf.out());
        Cli.Result noise = Cli.attache("clean", corpus.resolve("noise.txt").toString());
        assertEquals(ExitCodes.REJECTED_INPUTS, noise.exit());
        assertTrue(noise.err().startsWith("attache: " + corpus.resolve("noise.txt") + ": binary content ("),
                noise.err());
        Cli.Result scan = Cli.attache("clean", corpus.resolve("scan.pdf").toString());
        assertEquals(ExitCodes.REJECTED_INPUTS, scan.exit());
        assertTrue(scan.err().contains("scanned PDF"), scan.err());
    }
}
