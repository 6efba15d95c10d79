package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --actors FILE} round trip: an added militia is counted, a renamed actor appears under
 * its new name, an ignored name disappears, and only the documents a changed row can match are
 * analysed again.
 */
class ActorListRunTest {

    private static final String HEADER = "canonical\ttype\taliases\tacronyms\tdemonyms\tshort\tmetonym_of\tnotes\n";

    @TempDir
    Path tmp;
    Path corpus;
    Path out;
    Path list;

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = tmp.resolve("corpus");
        out = tmp.resolve("out");
        list = tmp.resolve("mine.tsv");
        write("militia.txt", "Port shelled again\n\nFighters of the Brass Lantern Brigade shelled the port again "
                + "on Monday, local officials said, the third attack this month.\n\n"
                + "NATO condemned the attack by the Brass Lantern Brigade and called for calm in the region.\n");
        write("nato.txt", "Allies meet on cyber defence\n\nNATO allies met in Brussels on Tuesday to discuss cyber "
                + "defence and the protection of undersea cables.\n\nNATO will meet again in June to agree "
                + "on a common plan for the coming years.\n");
        write("weather.txt", "A wet week\n\nHeavy rain fell over the valley for a week, and rivers rose "
                + "above their banks in several villages.\n\nFarmers waited for the sun to return before "
                + "sowing the fields again.\n");
    }

    private void write(String id, String text) throws IOException {
        Path p = corpus.resolve(id);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private Cli.Result run(String... extra) {
        String[] base = {"run", corpus.toString(), "--out", out.toString(), "--quiet", "--threads", "1"};
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.attache(args);
    }

    private String actors() throws IOException {
        return Files.readString(out.resolve("actors.csv"));
    }

    private String runJson() throws IOException {
        return Files.readString(out.resolve("run.json"));
    }

    @Test
    void addRenameIgnoreAndOnlyAffectedDocumentsReanalysed() throws IOException {
        assertEquals(0, run().exit());
        assertTrue(actors().contains("\nNATO,ORGANIZATION,2,3,"), actors());

        Files.writeString(list, HEADER + "Brass Lantern Brigade\tORGANIZATION\t\tBLB\n");
        Cli.Result added = run("--actors", list.toString());
        assertEquals(0, added.exit(), added.err());
        assertTrue(actors().contains("\nBrass Lantern Brigade,ORGANIZATION,1,2,"), actors());
        assertTrue(runJson().contains("\"documents_unchanged\": 2"), runJson()); // only militia.txt again

        Files.writeString(list, HEADER + "Brass Lantern Brigade\tORGANIZATION\t\tBLB\n"
                + "North Atlantic Alliance\tORGANIZATION\tNATO\n");
        assertEquals(0, run("--actors", list.toString()).exit());
        assertTrue(actors().contains("\nNorth Atlantic Alliance,ORGANIZATION,2,3,"), actors());
        assertFalse(actors().contains("\nNATO,"), actors());
        assertTrue(runJson().contains("\"documents_unchanged\": 1"), runJson()); // weather.txt kept

        Files.writeString(list, HEADER + "Brass Lantern Brigade\tIGNORE\n");
        assertEquals(0, run("--actors", list.toString()).exit());
        assertFalse(actors().contains("Brass Lantern"), actors());
        assertTrue(actors().contains("\nNATO,ORGANIZATION,2,3,"), actors());

        assertEquals(0, run("--actors", list.toString()).exit());
        assertTrue(runJson().contains("\"documents_unchanged\": 3"), runJson());
        assertEquals(0, run().exit()); // the list dropped: the documents it matched go back
        assertTrue(actors().contains("\nNATO,ORGANIZATION,2,3,"), actors());
        assertTrue(runJson().contains("\"documents_unchanged\": 2"), runJson());
    }

    @Test
    void aBadRowNamesFileAndLine() throws IOException {
        Files.writeString(list, HEADER + "Good Group\tORGANIZATION\n" + "Bad Group\tMILITIA\n");
        Cli.Result r = run("--actors", list.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(list + ":3: unknown type 'MILITIA'"), r.err());
        assertFalse(Files.exists(out.resolve("actors.csv")));
    }

    @Test
    void aMissingFileIsAUsageError() {
        Cli.Result r = run("--actors", tmp.resolve("nope.tsv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nope.tsv"), r.err());
    }
}
