package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's memory is bounded: texts over the analysis limit are rejected with a reason, never half read. */
class DocumentReaderLimitTest {

    private final DocumentReader reader = new DocumentReader(Long.MAX_VALUE, new Cleaners());

    @TempDir
    Path tmp;

    @Test
    void aFileTooLongForAnyEncodingIsRejectedBeforeDecoding() {
        byte[] oneLine = new byte[DocumentReader.MAX_PAGE_CHARS * 4 + 4];
        Arrays.fill(oneLine, (byte) 'a');
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read("big.txt", oneLine));
        assertTrue(e.getMessage().startsWith("page is over the limit of 8000000 characters"), e.getMessage());
    }

    @Test
    void aPageOverTheLimitIsRejectedBeforeCleaning() {
        byte[] text = "Allies met. ".repeat(DocumentReader.MAX_PAGE_CHARS / 12 + 1).getBytes(StandardCharsets.US_ASCII);
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read("long.txt", text));
        assertTrue(e.getMessage().startsWith("page is 8000004 characters, over the limit"), e.getMessage());
    }

    @Test
    void aCleanTextOverTheAnalysisLimitIsRejected() {
        byte[] text = "Allies met. ".repeat(DocumentReader.MAX_TEXT_CHARS / 12 + 1).getBytes(StandardCharsets.US_ASCII);
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read("long.txt", text));
        assertTrue(e.getMessage().startsWith("clean text is 30000"), e.getMessage());
        assertTrue(e.getMessage().contains("over the analysis limit of 3000000"), e.getMessage());
    }

    @Test
    void aFileThatVanishedSaysSo() {
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> reader.readBytes(tmp.resolve("renamed-meanwhile.txt")));
        assertTrue(e.getMessage().startsWith("vanished during the run"), e.getMessage());
    }

    @Test
    void aTextAtTheLimitIsRead() throws Exception {
        Path file = tmp.resolve("ok.txt");
        Files.writeString(file, "Allies met in Brussels on Monday.\n");
        assertEquals("Allies met in Brussels on Monday.", reader.read("ok.txt", reader.readBytes(file)).text().strip());
    }
}
