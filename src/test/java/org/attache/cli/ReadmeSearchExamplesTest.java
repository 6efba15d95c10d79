package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.index.SampleAnalyses;
import org.attache.model.ActorType;
import org.attache.model.Analysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's search examples, run as written over a small invented index shaped like the sample
 * corpus: every command of the Search section finds something, and every query of its syntax
 * table parses and runs.
 */
class ReadmeSearchExamplesTest {

    @TempDir
    static Path tmp;
    static Path out;
    static String readme;

    @BeforeAll
    static void buildIndex() throws IOException {
        readme = Files.readString(Path.of("README.md"));
        out = tmp.resolve("out");
        List<Analysis> corpus = new ArrayList<>(SampleAnalyses.corpus());
        corpus.add(SampleAnalyses.analysis("nato/2021-06-14-press-conference.md", "Press conference", "2021-06-14",
                "NATO", "Q: What about Article 5? \"Article 5 applies to cyberspace and to attacks on our networks,\" "
                        + "Jens Stoltenberg said. Russia and China were discussed, as were ransomware and malware. "
                        + "The United States agreed.",
                List.of(new SampleAnalyses.Actor("Russia", "Russia", ActorType.COUNTRY),
                        new SampleAnalyses.Actor("China", "China", ActorType.COUNTRY),
                        new SampleAnalyses.Actor("United States", "United States", ActorType.COUNTRY)),
                List.of(new SampleAnalyses.Said("Article 5 applies to cyberspace and to attacks on our networks,",
                        "Jens Stoltenberg", "Jens Stoltenberg", "NATO Secretary General"))));
        SampleAnalyses.writeIndex(out.resolve("index"), corpus);
    }

    /** The {@code ./attache search ...} lines of the README's Search section, split as a shell would. */
    static List<List<String>> searchCommands() {
        String section = readme.substring(readme.indexOf("\n## Search"));
        section = section.substring(0, section.indexOf("\n## ", 5));
        List<List<String>> out = new ArrayList<>();
        for (String line : section.lines().toList()) {
            if (line.startsWith("./attache search ")) {
                out.add(shellWords(line.substring("./attache ".length()).replaceAll("\\s*>\\s*\\S+$", "")));
            }
        }
        return out;
    }

    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    @Test
    void everySearchCommandOfTheReadmeFindsSomething() {
        List<List<String>> commands = searchCommands();
        assertTrue(commands.size() >= 4, "README search examples: " + commands);
        for (List<String> c : commands) {
            List<String> args = new ArrayList<>(c);
            args.addAll(List.of("--out", out.toString()));
            Cli.Result r = Cli.attache(args.toArray(String[]::new));
            assertEquals(0, r.exit(), c + ": " + r.err());
            assertFalse(r.out().contains("No documents match") || r.out().contains("No quotations match")
                    || r.out().contains("\"total\": 0") || r.out().lines().count() < 2, c + " found nothing:\n" + r.out());
        }
    }

    @Test
    void everyQueryOfTheSyntaxTableRuns() {
        String section = readme.substring(readme.indexOf("| you write | it finds |"));
        section = section.substring(0, section.indexOf("\n\n"));
        int queries = 0;
        for (String row : section.lines().skip(2).toList()) {
            String written = row.split("\\|")[1];
            Matcher m = Pattern.compile("`([^`]+)`").matcher(written);
            while (m.find()) {
                String q = m.group(1);
                List<String> args = new ArrayList<>(List.of("search", "--out", out.toString()));
                args.add("--");
                args.add(q);
                Cli.Result r = Cli.attache(args.toArray(String[]::new));
                assertEquals(0, r.exit(), q + ": " + r.err());
                queries++;
            }
        }
        assertTrue(queries >= 15, "queries in the README's table: " + queries);
    }
}
