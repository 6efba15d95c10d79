package org.attache.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.attache.cli.args.Option.Kind;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    static final Option OUT = Option.value("--out", Kind.PATH, "DIR", "Output (default: {default}).").withDefault("output");
    static final Option LIMIT = Option.value("--limit", Kind.INTEGER, "N", "Hits.").withDefault(10);
    static final Option SIZE = Option.value("--size", Kind.LONG, "BYTES", "Size.");
    static final Option ACTOR = Option.value("--actor", Kind.TEXT, "NAME", "Actor.").repeated();
    static final Option QUIET = Option.flag("--quiet", "Quiet.");
    static final CommandSpec SPEC = new CommandSpec("find", List.of("Finds."),
            Parameters.many("QUERY", 1, "Words."), List.of(OUT, LIMIT, SIZE, ACTOR, QUIET));

    static Arguments parse(String... args) {
        return Arguments.parse(SPEC, List.of(args));
    }

    static String problem(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void valuesFlagsAndParametersInAnyOrder() {
        Arguments a = parse("nato", "--out", "x/y", "--quiet", "--limit=5", "cyber", "--actor", "USA", "--actor=NATO");
        assertEquals(List.of("nato", "cyber"), a.parameters());
        assertEquals(Path.of("x/y"), a.path(OUT));
        assertEquals(5, a.integer(LIMIT));
        assertTrue(a.flag(QUIET));
        assertEquals(List.of("USA", "NATO"), a.texts(ACTOR));
        assertFalse(a.flag(CommandSpec.DEBUG));
    }

    @Test
    void absentOptionsGiveTheirDefaultsOrNothing() {
        Arguments a = parse("q");
        assertEquals(Path.of("output"), a.path(OUT));
        assertEquals(10, a.integer(LIMIT));
        assertNull(a.text(SIZE));
        assertEquals(List.of(), a.texts(ACTOR));
        assertFalse(a.flag(OUT), "a default is not a given option");
        assertEquals("Output (default: output).", OUT.help());
    }

    @Test
    void afterDoubleDashEverythingIsAParameterAndNumbersAreNotOptions() {
        Arguments a = parse("--limit", "-3", "--", "--quiet", "-x");
        assertEquals(-3, a.integer(LIMIT));
        assertEquals(List.of("--quiet", "-x"), a.parameters());
        assertFalse(a.flag(QUIET));
        assertEquals(List.of("-", "-7"), parse("-", "-7").parameters());
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
    }

    @Test
    void helpAndVersionNeedNothingElse() {
        assertTrue(parse("--help").flag(CommandSpec.HELP));
        assertTrue(parse("-h").flag(CommandSpec.HELP));
        assertTrue(parse("-V").flag(CommandSpec.VERSION));
        assertEquals("Missing required parameter: 'QUERY'", problem("--debug"));
    }

    @Test
    void requiredOptionsAndParameterCounts() {
        Option data = Option.value("--data", Kind.PATH, "DIR", "Data.").mandatory();
        CommandSpec train = new CommandSpec("train", List.of(), Parameters.NONE, List.of(data));
        assertEquals("Missing required option: '--data=DIR'",
                assertThrows(UsageException.class, () -> Arguments.parse(train, List.of())).getMessage());
        assertEquals("Unexpected argument: 'x' (train takes no parameters)",
                assertThrows(UsageException.class, () -> Arguments.parse(train, List.of("--data", "d", "x")))
                        .getMessage());
        CommandSpec clean = new CommandSpec("clean", List.of(), Parameters.one("FILE", "File."), List.of());
        assertEquals("Unexpected argument: 'b'",
                assertThrows(UsageException.class, () -> Arguments.parse(clean, List.of("a", "b"))).getMessage());
    }

    @Test
    void anOptionOfAnotherCommandIsABug() {
        Option other = Option.flag("--other", "Other.");
        assertThrows(IllegalArgumentException.class, () -> parse("q").flag(other));
    }

    @Test
    void specsRefuseDuplicateNamesAndMalformedOptions() {
        assertThrows(IllegalArgumentException.class, () -> new CommandSpec("x", List.of(), Parameters.NONE,
                List.of(QUIET, Option.flag("--quiet", "Again."))));
        assertThrows(IllegalArgumentException.class, () -> new CommandSpec("x", List.of(), Parameters.NONE,
                List.of(Option.flag("--help", "Mine."))));
        assertThrows(IllegalArgumentException.class, () -> Option.flag("quiet", "No dash."));
        assertThrows(IllegalArgumentException.class, () -> Option.value("--n", Kind.INTEGER, "", "No label."));
    }

    @Test
    void anyArgumentsEitherParseOrSayWhyNeverAnythingElse() {
        Random random = new Random(42);
        String[] pieces = {"--out", "--limit", "--limit=", "--size", "--actor", "--quiet", "--quiet=", "--", "-", "-h",
            "-V", "--debug", "7", "-7", "x", "", "=", "--=", "-x", "9999999999", "é", "--out=a=b"};
        for (int i = 0; i < 5_000; i++) {
            String[] args = new String[random.nextInt(6)];
            for (int j = 0; j < args.length; j++) {
                args[j] = pieces[random.nextInt(pieces.length)];
            }
            try {
                Arguments a = parse(args);
                a.integer(LIMIT); // values were checked while parsing: reading them cannot fail
                a.path(OUT);
                if (a.text(SIZE) != null) {
                    a.longInteger(SIZE);
                }
            } catch (UsageException expected) {
                assertFalse(expected.getMessage().isBlank());
            }
        }
    }
}
