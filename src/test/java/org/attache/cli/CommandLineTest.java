package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** How arguments reach a command through picocli and {@link ErrorHandler}: values, defaults, wording of mistakes. */
class CommandLineTest {

    @Command(name = "find", description = "Finds.")
    static final class Find extends BaseCommand {
        @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words.")
        List<String> query = new ArrayList<>();

        @Option(names = "--out", paramLabel = "DIR", description = "Output (default: ${DEFAULT-VALUE}).")
        Path out = Path.of("output");

        @Option(names = "--limit", paramLabel = "N", description = "Hits.")
        int limit = 10;

        @Option(names = "--size", paramLabel = "BYTES", description = "Size.")
        Long size;

        @Option(names = "--actor", paramLabel = "NAME", description = "Actor.")
        List<String> actors = new ArrayList<>();

        @Option(names = "--quiet", description = "Quiet.")
        boolean quiet;

        boolean ran;

        @Override
        public Integer call() {
            ran = true;
            return ExitCodes.OK;
        }
    }

    /** The command after parsing {@code args} (it ran). */
    static Find parse(String... args) {
        Find find = new Find();
        Cli.Result r = Cli.run(find, args);
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(find.ran);
        return find;
    }

    /** The one-line message of a usage error, without the program name and the pointer to help. */
    static String problem(String... args) {
        Cli.Result r = Cli.run(new Find(), args);
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        String suffix = "; see 'attache find --help'";
        assertTrue(r.err().startsWith("attache: ") && r.err().strip().endsWith(suffix), r.err());
        return r.err().strip().substring("attache: ".length(), r.err().strip().length() - suffix.length());
    }

    @Test
    void valuesFlagsAndParametersInAnyOrder() {
        Find f = parse("nato", "--out", "x/y", "--quiet", "--limit=5", "cyber", "--actor", "USA", "--actor=NATO");
        assertEquals(List.of("nato", "cyber"), f.query);
        assertEquals(Path.of("x/y"), f.out);
        assertEquals(5, f.limit);
        assertTrue(f.quiet);
        assertEquals(List.of("USA", "NATO"), f.actors);
        assertFalse(f.debug);
    }

    @Test
    void absentOptionsKeepTheirDefaults() {
        Find f = parse("q");
        assertEquals(Path.of("output"), f.out);
        assertEquals(10, f.limit);
        assertNull(f.size);
        assertEquals(List.of(), f.actors);
        assertTrue(Cli.run(new Find(), "--help").out().contains("Output (default: output)."));
    }

    @Test
    void afterDoubleDashEverythingIsAParameterAndNumbersAreNotOptions() {
        Find f = parse("--limit", "-3", "--", "--quiet", "-x");
        assertEquals(-3, f.limit);
        assertEquals(List.of("--quiet", "-x"), f.query);
        assertFalse(f.quiet);
        assertEquals(List.of("-", "-7"), parse("-", "-7").query);
        assertEquals(List.of("@names.txt"), parse("@names.txt").query, "no argument files: a name is a name");
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("Unknown option: '--limt' (did you mean --limit?)", problem("q", "--limt", "3"));
        assertEquals("Unknown option: '--zzz'", problem("q", "--zzz"));
        assertEquals("Invalid value for option '--limit': 'many' is not an int", problem("q", "--limit", "many"));
        assertEquals("Invalid value for option '--size': '1e9' is not a long", problem("q", "--size=1e9"));
        assertEquals("Missing required parameter for option '--out' (DIR)", problem("q", "--out"));
        assertEquals("Missing required parameter for option '--out' (DIR)", problem("q", "--out", "--quiet"));
        assertEquals("Option '--limit' should be specified only once", problem("q", "--limit", "1", "--limit", "2"));
        assertEquals("Option '--quiet' takes no value, got '--quiet=1'", problem("q", "--quiet=1"));
        assertEquals("Missing required parameter: 'QUERY'", problem("--quiet"));
        assertEquals("Missing required parameter: 'QUERY'", problem("--debug"));
    }

    @Test
    void helpAndVersionNeedNothingElse() {
        for (String flag : List.of("--help", "-h")) {
            Cli.Result r = Cli.run(new Find(), flag);
            assertEquals(ExitCodes.OK, r.exit());
            assertTrue(r.out().startsWith("Usage: attache find [OPTIONS] QUERY..."), r.out());
        }
        assertEquals("attache " + Version.current() + "\n", Cli.run(new Find(), "-V").out());
    }

    @Test
    void anyArgumentsEitherRunOrSayWhyInOneLine() {
        Random random = new Random(42);
        String[] pieces = {"--out", "--limit", "--limit=", "--size", "--actor", "--quiet", "--quiet=", "--", "-", "-h",
            "-V", "--debug", "7", "-7", "x", "", "=", "--=", "-x", "9999999999", "é", "--out=a=b"};
        for (int i = 0; i < 2_000; i++) {
            String[] args = new String[random.nextInt(6)];
            for (int j = 0; j < args.length; j++) {
                args[j] = pieces[random.nextInt(pieces.length)];
            }
            Cli.Result r = Cli.run(new Find(), args);
            if (r.exit() == ExitCodes.OK) {
                assertEquals("", r.err());
            } else {
                assertEquals(ExitCodes.USAGE, r.exit(), String.join(" ", args) + ": " + r.err());
                assertEquals(1, r.err().strip().lines().count(), r.err());
                assertTrue(r.err().startsWith("attache: "), r.err());
            }
        }
    }
}
