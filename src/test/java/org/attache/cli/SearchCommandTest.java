package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.index.SampleAnalyses;
import org.attache.model.Analysis;
import org.attache.report.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search and stats commands over a hand-made index: output shapes, widths, errors and exit codes. */
class SearchCommandTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void buildIndex() throws IOException {
        out = tmp.resolve("out");
        List<Analysis> corpus = new ArrayList<>(SampleAnalyses.corpus());
        corpus.add(SampleAnalyses.analysis("a/very/long/folder/name/that/goes/on/and/on/for/ever/"
                        + "2023-07-11-press-briefing-on-the-vilnius-summit-and-cyber-defence.html",
                "A press briefing with a title far too long for one line of an eighty column terminal, on cyber "
                        + "defence", "2023-07-11", "The White House Office of the Press Secretary, Washington DC",
                "Allies will bolster cyber resilience.\n\nSupercalifragilisticexpialidociouslylongwordthatcannotwrap"
                        + "anywhereatallbecauseithasnospaces cyber. \"Cyber defence is collective defence and we will "
                        + "keep saying so for as long as it takes, in every forum and every capital,\" the official "
                        + "said.",
                List.of(), List.of(new SampleAnalyses.Said("Cyber defence is collective defence and we will keep "
                        + "saying so for as long as it takes, in every forum and every capital,",
                        "Senior administration official with an unusually long description", "",
                        "Spokesperson for the National Security Council of the United States"))));
        SampleAnalyses.writeIndex(out.resolve("index"), corpus);
    }

    static Cli.Result attache(String... args) {
        return Cli.attache(args);
    }

    static Cli.Result run(Object command, String... args) {
        return Cli.run(command, args);
    }

    /** Every key of the JSON object, depth first, in the order written. */
    static List<String> keys(String json) {
        List<String> keys = new ArrayList<>();
        try {
            collectKeys(Json.read(json), keys);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
        return keys;
    }

    private static void collectKeys(Object value, List<String> keys) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                keys.add(String.valueOf(k));
                collectKeys(v, keys);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectKeys(v, keys));
        }
    }

    @Test
    void documentsAsJsonHaveTheDocumentedShape() {
        Cli.Result r = attache("search", "nato", "--out", out.toString(), "--format", "json", "--limit", "1");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("total", "hits", "document", "title", "date", "publisher", "score", "snippet", "actors",
                "facets", "actor", "actor", "count", "actor", "count", "actor", "count", "actor", "count",
                "language", "language", "count"),
                keys(r.out()));
        assertTrue(r.out().contains("\"total\": 2,"), r.out());
        assertTrue(r.out().contains("\"actors\": [\n        \""), r.out());
        assertTrue(r.out().contains("{\n        \"actor\": \"NATO\",\n        \"count\": 2\n      }"), r.out());
    }

    @Test
    void quotesAsJsonHaveTheDocumentedShape() {
        Cli.Result r = attache("search", "chose", "war", "--quotes", "--out", out.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("total", "hits", "document", "title", "date", "quote", "speaker", "speaker_role",
                "score"), keys(r.out()));
        assertTrue(r.out().contains("\"quote\": \"Putin chose this war,\""), r.out());
        assertTrue(r.out().contains("\"speaker\": \"Joe Biden\""), r.out());
        assertTrue(r.out().contains("\"speaker_role\": \"President\""), r.out());
    }

    @Test
    void csvHasAHeaderAndOneRowPerHit() {
        Cli.Result r = attache("search", "*", "--out", out.toString(), "--format", "csv", "--actor", "Russia");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("document,title,date,publisher,score,snippet,actors", lines.get(0));
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(1).startsWith("wh/2022-02-25-statement.md,Statement on Ukraine,2022-02-25,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",United States; NATO; Russia; Ukraine"), lines.get(1));
        Cli.Result q = attache("search", "*", "--quotes", "--out", out.toString(), "--format", "CSV");
        assertEquals("document,title,date,quote,speaker,speaker_role,score", q.out().lines().findFirst().orElse(""));
    }

    @Test
    void tablesFitEightyColumns() {
        for (String[] args : List.of(new String[] {"search", "cyber", "--out", out.toString()},
                new String[] {"search", "*", "--out", out.toString(), "--limit", "100"},
                new String[] {"search", "cyber OR war", "--quotes", "--out", out.toString()},
                new String[] {"stats", "--out", out.toString()})) {
            Cli.Result r = attache(args);
            assertEquals(0, r.exit(), r.err());
            for (String line : r.out().lines().toList()) {
                assertTrue(line.codePointCount(0, line.length()) <= 80, "too wide (" + line.length() + "): " + line);
            }
        }
        Cli.Result r = attache("search", "\"article 5\"", "--out", out.toString());
        assertTrue(r.out().startsWith("1 document matches.\n\n 1. Brussels Summit Communiqué"), r.out());
        assertTrue(r.out().contains("**Article** **5**") || r.out().contains("**Article 5**"), r.out());
        assertTrue(r.out().contains("Actors in all 1 matches: NATO 1 · Russia 1"), r.out());
        assertTrue(attache("search", "zzzz", "--out", out.toString()).out().startsWith("No documents match."));
    }

    @Test
    void filtersFromTheCommandLine() {
        Cli.Result dated = attache("search", "*", "--out", out.toString(), "--since", "2021", "--until", "2021",
                "--format", "csv");
        assertEquals(2, dated.out().lines().count(), dated.out());
        assertTrue(dated.out().contains("nato/2021-06-14-communique.html"));
        Cli.Result spoken = attache("search", "*", "--out", out.toString(), "--speaker", "Stoltenberg", "--quotes",
                "--format", "csv");
        assertEquals(2, spoken.out().lines().count(), spoken.out());
        Cli.Result two = attache("search", "*", "--out", out.toString(), "--actor", "NATO", "--actor", "Russia",
                "--format", "csv");
        assertEquals(3, two.out().lines().count(), two.out());
    }

    @Test
    void actorAliasesResolveThroughTheGazetteer() {
        Cli.Result r = run(new SearchCommand(SampleAnalyses.gazetteer()), "*", "--out", out.toString(), "--actor", "USA", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("wh/2022-02-25-statement.md"), r.out());
        Cli.Result shipped = attache("search", "*", "--out", out.toString(), "--actor", "USA", "--format", "csv");
        assertEquals(r.out(), shipped.out(), "the shipped gazetteer resolves USA too");
        Cli.Result inQuery = attache("search", "actor:U.S.", "--out", out.toString(), "--format", "csv");
        assertEquals(List.of("document", "wh/2022-02-25-statement.md"),
                inQuery.out().lines().map(l -> l.substring(0, l.indexOf(','))).toList(), inQuery.out());
        Cli.Result unknown = attache("search", "*", "--out", out.toString(), "--actor", "Atlantis", "--format", "csv");
        assertEquals(1, unknown.out().lines().count(), "an unknown name matches nothing: " + unknown.out());
    }

    @Test
    void aMalformedQueryExitsTwoWithOneLineSayingWhereItIsWrong() {
        for (String query : List.of("russia AND", "(russia OR china", "\"article 5", "Article 5: defence",
                "date:yesterday", "russia)")) {
            Cli.Result r = attache("search", query, "--out", out.toString());
            assertEquals(ExitCodes.USAGE, r.exit(), query + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("attache: malformed query: "), r.err());
            assertTrue(r.err().contains("column"), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            assertEquals("", r.out());
        }
        assertTrue(attache("search", "russia AND", "--out", out.toString()).err()
                .contains("ends too early after 'AND' at column 10"));
    }

    @Test
    void aQueryTooDeepOrTooLongIsRefusedWithOneLine() {
        String deep = "(".repeat(3_000) + "nato" + ")".repeat(3_000);
        String phrase = "\"" + "alliance defence ".repeat(6_000) + "\"";
        for (String query : List.of(deep, phrase)) {
            for (String command : List.of("search", "report")) {
                Cli.Result r = command.equals("search") ? attache("search", query, "--out", out.toString())
                        : attache("report", "--out", out.toString(), "--query", query, "--dest", tmp.resolve("r").toString());
                assertEquals(ExitCodes.USAGE, r.exit(), r.err());
                assertEquals(1, r.err().strip().lines().count(), r.err());
                assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            }
        }
        assertTrue(attache("search", deep, "--out", out.toString()).err()
                .contains("parentheses at column 65 are nested more than 64 deep"));
        assertTrue(attache("search", phrase, "--out", out.toString()).err().contains("the query is 102,002 characters long"));
        String atTheLimits = "(".repeat(64) + "\"((( not nested\" nato" + ")".repeat(64);
        assertEquals(ExitCodes.OK, attache("search", atTheLimits, "--out", out.toString()).exit());
    }

    @Test
    void badOptionsExitTwo() {
        assertEquals(ExitCodes.USAGE, attache("search", "x", "--out", out.toString(), "--since", "June").exit());
        assertEquals(ExitCodes.USAGE, attache("search", "x", "--out", out.toString(), "--since", "2021-02-30").exit());
        assertEquals(ExitCodes.USAGE, attache("search", "x", "--out", out.toString(), "--since", "2022",
                "--until", "2021").exit());
        assertEquals(ExitCodes.USAGE, attache("search", "x", "--out", out.toString(), "--limit", "0").exit());
        assertEquals(ExitCodes.USAGE, attache("search", "x", "--out", out.toString(), "--format", "xml").exit());
        assertEquals(ExitCodes.USAGE, attache("search", "--out", out.toString()).exit(), "QUERY is required");
        assertEquals(ExitCodes.USAGE, attache("stats", "--out", out.toString(), "--format", "csv").exit());
    }

    @Test
    void aMissingIndexSaysHowToBuildOne() {
        Path nowhere = tmp.resolve("no-run-here");
        for (String command : List.of("search", "stats")) {
            Cli.Result r = command.equals("search") ? attache("search", "cyber", "--out", nowhere.toString())
                    : attache("stats", "--out", nowhere.toString());
            assertEquals(ExitCodes.FAILED, r.exit(), r.err());
            assertEquals("attache: no search index in " + nowhere.resolve("index") + ": build one first with "
                    + "'./attache run CORPUS --out " + nowhere + "'", r.err().strip());
        }
    }

    @Test
    void aFirstRunStillGoingIsNamedWhenThereIsNoIndexYet() throws IOException {
        Path started = tmp.resolve("started");
        Files.createDirectories(started);
        Files.writeString(started.resolve("run.json"), "{\n  \"tool\": \"attache\",\n"
                + "  \"complete\": false,\n  \"started\": \"2026-01-01T00:00:00Z\"\n}\n");
        Cli.Result r = attache("search", "cyber", "--out", started.toString());
        assertEquals(ExitCodes.FAILED, r.exit());
        assertTrue(r.err().contains("has not committed one (still running, or stopped)"), r.err());
    }

    @Test
    void statsAsJsonHaveTheDocumentedKeys() {
        Cli.Result r = attache("stats", "--out", out.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("documents", "quotes", "mentions", "actors", "first_date", "last_date", "last_run"),
                keys(r.out()));
        assertTrue(r.out().contains("\"documents\": 5,"), r.out());
        assertTrue(r.out().contains("\"quotes\": 3,"), r.out());
        assertTrue(r.out().contains("\"mentions\": 12,"), r.out());
        assertTrue(r.out().contains("\"actors\": 6,"), r.out());
        assertTrue(r.out().contains("\"first_date\": \"2020-03-01\""), r.out());
        assertTrue(r.out().contains("\"last_date\": \"2023-07-11\""), r.out());
        assertTrue(r.out().contains("\"last_run\": null"), r.out());
    }

    @Test
    void helpListsTheNewCommands() {
        Cli.Result r = attache("--help");
        assertTrue(r.out().contains("search"), r.out());
        assertTrue(r.out().contains("stats"), r.out());
        assertTrue(attache("search", "--help").out().contains("--quotes"));
    }
}
