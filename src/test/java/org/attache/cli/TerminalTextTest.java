package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalTextTest {

    private static boolean rawControl(String s) {
        return s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F);
    }

    @Test
    void escapesControlsAndBidiOverridesButNotLinesTabsOrText() {
        assertEquals("a\\x1b[31mb\\x07\tc\nd\\x9b\\u202eé", TerminalText.escape("a\u001b[31mb\u0007\tc\nd\u009b\u202eé"));
        assertEquals("x\r\ny\\x0dz", TerminalText.escape("x\r\ny\rz"));
    }

    @Test
    void aLoneCarriageReturnPassesForTheProgressLineAndOneInsideTextDoesNot() {
        StringWriter target = new StringWriter();
        PrintWriter w = TerminalText.safe(new PrintWriter(target), true);
        w.print('\r');
        w.print("12/40 documents");
        w.print("evil\rname\u001b]0;title\u0007");
        w.flush();
        assertEquals("\r12/40 documentsevil\\x0dname\\x1b]0;title\\x07", target.toString());
    }

    @Test
    void cleanPrintsNoRawControlFromAPageOrItsName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad\u001b[2Jname.html");
        Files.writeString(file, "<html><head><title>T&#x1b;[31m</title></head><body><main><p>The alliance &#7;agreed "
                + "today to expand the air policing mission over the eastern flank of its territory.</p></main></body></html>",
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.attache("clean", file.toString(), "--explain");
        assertEquals(0, r.exit(), r.err());
        assertFalse(rawControl(r.out()), r.out());
        assertTrue(r.out().startsWith("Title: T[31m\n"), r.out());
        Cli.Result missing = Cli.attache("clean", dir.resolve("gone\u001b]0;x\u0007.html").toString());
        assertEquals(ExitCodes.USAGE, missing.exit());
        assertFalse(rawControl(missing.err()), missing.err());
        assertTrue(missing.err().contains("gone\\x1b]0;x\\x07.html"), missing.err());
    }
}
