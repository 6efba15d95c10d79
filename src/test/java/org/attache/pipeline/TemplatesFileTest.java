package org.attache.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.attache.ingest.Templates;
import org.attache.nlp.StageTimer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A templates file gives back exactly the templates learned, and only for the corpus it was learned from. */
class TemplatesFileTest {

    private static final long MAX_BYTES = RunConfig.DEFAULT_MAX_BYTES;

    @TempDir
    Path tmp;

    @Test
    void readsBackTheTemplatesOfTheWholeCorpus() throws Exception {
        Path corpus = corpus(6);
        Path file = tmp.resolve("templates.bin");
        int sites = TemplatesFile.learn(List.of(corpus), false, MAX_BYTES, 2, file);
        CorpusScan.Result scan = CorpusScan.scan(List.of(corpus));
        Templates learned = TemplatePass.start(scan.files(), MAX_BYTES, 2, new StageTimer()).templates();
        Templates read = TemplatesFile.read(file, scan, MAX_BYTES);
        assertTrue(sites > 0, "the corpus repeats its site's menu lines");
        assertNotEquals("none", learned.fingerprint());
        assertEquals(learned.fingerprint(), read.fingerprint());
        assertEquals(learned.linesBySite(), read.linesBySite());
    }

    @Test
    void refusesAnotherCorpusAnotherLimitOrADamagedFile() throws Exception {
        Path corpus = corpus(4);
        Path file = tmp.resolve("templates.bin");
        TemplatesFile.learn(List.of(corpus), false, MAX_BYTES, 1, file);
        CorpusScan.Result scan = CorpusScan.scan(List.of(corpus));
        assertThrows(TemplatesFile.Unusable.class, () -> TemplatesFile.read(file, scan, MAX_BYTES - 1));
        Files.writeString(corpus.resolve("page-new.txt"), "A new page\n\nWith new text.\n");
        CorpusScan.Result grown = CorpusScan.scan(List.of(corpus));
        TemplatesFile.Unusable other = assertThrows(TemplatesFile.Unusable.class,
                () -> TemplatesFile.read(file, grown, MAX_BYTES));
        assertTrue(other.getMessage().contains("another corpus"), other.getMessage());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
        assertThrows(TemplatesFile.Unusable.class, () -> TemplatesFile.read(file, scan, MAX_BYTES));
        Files.writeString(file, "not a templates file");
        assertThrows(IOException.class, () -> TemplatesFile.read(file, scan, MAX_BYTES));
    }

    /** Pages of one site sharing their menu and footer lines, each with its own story. */
    private Path corpus(int pages) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 1; i <= pages; i++) {
            Files.writeString(dir.resolve("page-" + i + ".txt"), "Ministry of Defence\n\nHome\n\nNews\n\nContact us\n\n"
                    + "Story number " + i + "\n\nThe minister visited unit " + i + " on Monday and met its "
                    + "commanders to discuss readiness number " + i + ".\n\nFollow us on social media\n\n"
                    + "Copyright the Ministry, all rights reserved\n");
        }
        return dir;
    }
}
