package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CleanCommandTest {

    private static Cli.Result run(String... args) {
        return Cli.attache(args);
    }

    @Test
    void printsMetadataAndCleanText() {
        Cli.Result r = run("clean", "corpus/000_a74bc72940f21413.txt");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Title: NATO Warns They See Cyber Attacks As Serious As Armed Attacks\nDate: 2021-06-20\n"), r.out());
        assertFalse(r.out().contains("Menu open icon"));
        assertFalse(r.out().contains("Removed"));
    }

    @Test
    void explainListsEveryRemovalWithItsRule() {
        Cli.Result r = run("clean", "corpus/000_a74bc72940f21413.txt", "--explain");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("(?s).*\\n  alt-text +Menu open icon\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  quote-mark +open quote mark\\n.*"));
        assertTrue(r.out().matches("(?s).*\\n  contact +tel: \\+44 \\(0\\) 121 393 4700\\n.*"));
    }

    @Test
    void missingFileIsAUsageErrorWithOneLine() {
        Cli.Result r = run("clean", "no/such/file.html");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().startsWith("attache: no such file: no/such/file.html"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }
}
