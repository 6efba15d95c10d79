package org.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** models/checksums.sha256 must name every model a run reports, with the SHA-256 of its bytes. */
class ModelChecksumsTest {

    @Test
    void everyListedChecksumIsTheResourcesOwn() {
        Map<String, NlpModels.Checksums.Listed> listed = NlpModels.Checksums.read();
        assertTrue(listed.keySet().containsAll(List.of(NlpModels.SENTENCE_MODEL, NlpModels.TOKENIZER_MODEL,
                "/models/actors.tsv", "/models/ner-en-attache.bin")), "listed: " + listed.keySet());
        for (Map.Entry<String, NlpModels.Checksums.Listed> e : listed.entrySet()) {
            String sha = NlpModels.sha256(e.getKey());
            long bytes = bytes(e.getKey());
            assertEquals(new NlpModels.Checksums.Listed(sha, bytes), e.getValue(),
                    "stale line; the line for models/checksums.sha256 is: " + sha + "  " + bytes + "  " + e.getKey());
            assertEquals(sha, NlpModels.info(e.getKey()).sha256());
        }
    }

    private static long bytes(String resource) {
        try (InputStream in = NlpModels.open(resource)) {
            return in.readAllBytes().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void unlistedResourcesAreHashed() {
        assertEquals(NlpModels.sha256(NlpModels.CHECKSUMS), NlpModels.info(NlpModels.CHECKSUMS).sha256());
    }
}
