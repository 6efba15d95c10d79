package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attache.pipeline.RunLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * What a user sees when something is wrong: one line on stderr that says what and what to do, the
 * documented exit code, and a stack trace only with --debug.
 */
class ErrorMessagesTest {

    static Path corpus;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findCorpus() throws URISyntaxException {
        corpus = Path.of(ErrorMessagesTest.class.getResource("/e2e-corpus").toURI());
    }

    @Test
    void unknownOptionsAndCommandsAreOneLineUsageErrors() {
        for (String command : List.of("run", "report", "search", "stats", "clean", "bench", "train-ner")) {
            // with the required arguments present, so the unknown option is the only problem
            String required = command.equals("search") || command.equals("clean") ? "NATO"
                    : command.equals("train-ner") ? "--data=ner-data" : "--debug";
            Cli.Result r = Cli.attache(command, required, "--no-such-option");
            assertEquals(ExitCodes.USAGE, r.exit(), command);
            assertOneLine(r, "attache: Unknown option: '--no-such-option'");
            assertTrue(r.err().contains("see 'attache " + command + " --help'"), r.err());
        }
        Cli.Result typo = Cli.attache("run", "--outt", "x");
        assertOneLine(typo, "attache: Unknown option: '--outt' (did you mean --out?)");
        Cli.Result command = Cli.attache("serach");
        assertEquals(ExitCodes.USAGE, command.exit());
        assertOneLine(command, "attache: Unknown command: 'serach' (did you mean search");
        Cli.Result badValue = Cli.attache("run", "--threads", "many");
        assertEquals(ExitCodes.USAGE, badValue.exit());
        assertOneLine(badValue, "attache: Invalid value for option '--threads': 'many' is not an int");
    }

    @Test
    void runAndTemplatesRefuseTheSameCorpusValuesAlike() {
        String file = tmp.resolve("templates.bin").toString();
        for (List<String> command : List.of(List.of("run", "--out", tmp.resolve("out").toString()),
                List.of("templates", "--out", file))) {
            Cli.Result threads = Cli.attache(Stream.concat(command.stream(), Stream.of(corpus.toString(),
                    "--threads", "0")).toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, threads.exit(), command.get(0));
            assertOneLine(threads, "attache: --threads must be at least 1, got 0");
            Cli.Result bytes = Cli.attache(Stream.concat(command.stream(), Stream.of(corpus.toString(),
                    "--max-bytes", "-5")).toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, bytes.exit(), command.get(0));
            assertOneLine(bytes, "attache: --max-bytes must be positive, got -5");
        }
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written before the checks");
        assertFalse(Files.exists(Path.of(file)), "nothing written before the checks");
    }

    @Test
    void everyCommandTakesDebugHelpAndVersion() {
        // completion is picocli's own command: no --debug
        for (String name : Main.COMMANDS.keySet().stream().filter(n -> !n.equals("completion")).toList()) {
            Cli.Result help = Cli.attache(name, "--help");
            assertEquals(0, help.exit(), name);
            assertTrue(help.out().startsWith("Usage: attache " + name + " "), help.out());
            assertTrue(help.out().contains("    --debug "), name + " lacks --debug: " + help.out());
            assertEquals("attache " + Version.current() + "\n", Cli.attache(name, "-V").out());
        }
    }

    @Test
    void missingInputIsAUsageErrorThatLeavesNoOutputBehind() {
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.attache("run", tmp.resolve("nowhere").toString(), "--out", out.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertOneLine(r, "attache: input not found: " + tmp.resolve("nowhere") + " (check the path");
        assertFalse(Files.exists(out), "a failed start must not create the output folder");
    }

    @Test
    void anOutputFolderThatIsAFileIsRefusedInOneLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "not a folder");
        Cli.Result r = Cli.attache("run", corpus.toString(), "--out", file.toString(), "--quiet");
        assertEquals(ExitCodes.FAILED, r.exit());
        assertOneLine(r, "attache: --out " + file + " is a file, not a folder; choose a folder");
        Cli.Result merge = Cli.attache("merge", tmp.toString(), "--out", file.toString(), "--quiet");
        assertEquals(ExitCodes.FAILED, merge.exit());
        assertOneLine(merge, "attache: --out " + file + " is a file, not a folder; choose a folder for the outputs");
        Cli.Result below = Cli.attache("run", corpus.toString(), "--out",
                file.resolve("sub").toString(), "--quiet");
        assertEquals(ExitCodes.FAILED, below.exit());
        assertOneLine(below, "attache: cannot write to " + file.resolve("sub"));
        assertTrue(below.err().contains("choose a writable --out folder"), below.err());
        assertEquals("not a folder", Files.readString(file), "the file in the way is left alone");
    }

    @Test
    void aSecondRunOnAFolderInUseRefuses() throws IOException {
        Path out = tmp.resolve("busy");
        try (RunLock held = RunLock.acquire(out.resolve(".attache.lock"))) {
            Cli.Result r = Cli.attache("run", corpus.toString(), "--out", out.toString(), "--quiet");
            assertEquals(ExitCodes.FAILED, r.exit());
            assertOneLine(r, "attache: output folder " + out + " is in use by another attache run; wait for it");
        }
    }

    @Test
    void aCorruptIndexSaysHowToRebuildItAndDebugShowsTheTrace() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.attache("run", corpus.toString(), "--out", out.toString(), "--quiet")
                .exit());
        try (Stream<Path> files = Files.list(out.resolve("index"))) {
            for (Path segments : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(segments, "this is not a Lucene commit point, just garbage ".repeat(10));
            }
        }
        String expected = "attache: the search index in " + out.resolve("index") + " is damaged or from another "
                + "version";
        List<String[]> commands = List.of(
                new String[] {"run", corpus.toString(), "--out", out.toString(), "--quiet"},
                new String[] {"search", "NATO", "--out", out.toString()},
                new String[] {"stats", "--out", out.toString()},
                new String[] {"report", "--out", out.toString(), "--quiet"});
        for (String[] args : commands) {
            Cli.Result r = Cli.attache(args);
            assertEquals(ExitCodes.FAILED, r.exit(), args[0] + ": " + r.err());
            assertOneLine(r, expected);
            assertTrue(r.err().contains("delete that folder and run 'attache run' again"), r.err());
        }
        Cli.Result debug = Cli.attache("stats", "--out", out.toString(), "--debug");
        assertTrue(debug.err().startsWith(expected), debug.err());
        assertTrue(debug.err().contains("\tat org.apache.lucene."), "--debug shows the stack trace: " + debug.err());
    }

    private static void assertOneLine(Cli.Result r, String start) {
        assertTrue(r.err().startsWith(start), "expected '" + start + "...', got: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line only: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
        assertEquals("", r.out(), "errors go to stderr only");
    }

    @Test
    void eachCommandIsRegisteredUnderTheNameItsSpecGives() {
        String overview = Cli.attache("--help").out();
        for (var e : Main.COMMANDS.entrySet()) {
            if (!e.getKey().equals("completion")) { // picocli's own, named here
                assertEquals(e.getKey(), e.getValue().get().getClass().getAnnotation(Command.class).name());
            }
            assertTrue(overview.contains("\n  " + e.getKey() + " "), e.getKey() + " missing from: " + overview);
        }
        assertEquals(overview, Cli.attache("help").out());
        assertEquals(Cli.attache("run", "--help").out(), Cli.attache("help", "run").out());
    }

    @Test
    void usageErrorsOfEveryKindAreOneLine() {
        assertOneLine(Cli.attache(), "attache: Missing required subcommand; see 'attache --help'");
        assertOneLine(Cli.attache("search"), "attache: Missing required parameter: 'QUERY'; see 'attache search --help'");
        assertOneLine(Cli.attache("run", "--out"), "attache: Missing required parameter for option '--out' (DIR)");
        assertOneLine(Cli.attache("run", "--out", "--quiet"), "attache: Missing required parameter for option '--out'");
        assertOneLine(Cli.attache("stats", "--out", "a", "--out=b"), "attache: Option '--out' should be specified only once");
        assertOneLine(Cli.attache("stats", "extra"), "attache: Unexpected argument: 'extra' (stats takes no parameters)");
        assertOneLine(Cli.attache("clean", "a.html", "b.html"), "attache: Unexpected argument: 'b.html'");
        assertOneLine(Cli.attache("run", "--quiet=yes"), "attache: Option '--quiet' takes no value");
        assertOneLine(Cli.attache("train-ner"), "attache: Missing required option: '--data=DIR'");
        assertOneLine(Cli.attache("help", "serach"), "attache: Unknown command: 'serach' (did you mean search?)");
        assertOneLine(Cli.attache("--verison"), "attache: Unknown option: '--verison' (did you mean --version?)");
        assertOneLine(Cli.attache("run", "--max-bytes", "9x"),
                "attache: Invalid value for option '--max-bytes': '9x' is not a long");
    }
}
