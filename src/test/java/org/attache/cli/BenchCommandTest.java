package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void stagesPrintsTheTimeAndSpeedOfEachStage() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "NATO Allies Meet in Brussels\n\nJune 3, 2024\n\n"
                + "Secretary General Mark Rutte said: \"We stand together.\" Ministers from Poland and Canada agreed.\n");
        Files.writeString(dir.resolve("b.md"), "# Cyber Security Update\n\nThe agency warned of attacks on "
                + "hospitals in Germany, officials said on Tuesday.\n");
        Cli.Result r = Cli.attache("bench", "--stages", "--rounds", "1", "--corpus", dir.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("stages: 2 documents,"), r.out());
        double sum = 0;
        for (String stage : new String[] {"cleaning", "sentences", "entities", "quotes"}) {
            sum += millis(r.out(), stage);
        }
        // "all" is the four stages together, each printed to a tenth of a millisecond
        assertEquals(sum, millis(r.out(), "all"), 0.25, r.out());
    }

    private static double millis(String out, String stage) {
        Matcher m = Pattern.compile("(?m)^  " + stage + " +([\\d.]+) ms +([\\d,]+) words/s$").matcher(out);
        assertTrue(m.find(), stage + " in:\n" + out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void roundsMustBePositive() {
        Cli.Result r = Cli.attache("bench", "--stages", "--rounds", "0");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("--rounds must be at least 1"), r.err());
    }
}
