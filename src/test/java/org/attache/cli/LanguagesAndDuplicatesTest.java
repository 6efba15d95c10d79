package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs over invented French, German and English documents with copies: each document's language,
 * French actors under their English names, no German word an actor, one story counted once, and all of
 * it kept right when files come and go.
 */
class LanguagesAndDuplicatesTest {

    static final String FRENCH = """
            L'OTAN renforce sa présence à l'est

            Publié le 14 mars 2024

            Selon le secrétaire général de l'OTAN, la Russie représente la menace la plus directe pour la sécurité des Alliés. La Chine pose des défis systémiques.

            « Nous ne laisserons aucun pays seul face à la pression russe », a déclaré Jens Stoltenberg lors d'une conférence de presse.

            Les États-Unis et le Royaume-Uni ont annoncé de nouveaux déploiements. L'Union européenne soutient cette décision.
            """;
    static final String GERMAN = """
            Die Zeitenwende in der Verteidigungspolitik

            Der Bundeskanzler sprach im Bundestag über die Zeitenwende. Deutschland wird seine Verteidigungsausgaben deutlich erhöhen und die Bundeswehr modernisieren.

            „Wir stehen fest an der Seite unserer Partner“, sagte der Minister. Selon Experten wird die Umsetzung Jahre dauern. Publié wurde der Bericht erst nach langer Diskussion im Ausschuss.
            """;
    static final String STORY = """
            Allies agree new cyber defence pledge

            Published 2 May 2023

            NATO leaders agreed on Tuesday to strengthen their cyber defences after a wave of attacks linked to Russia. "We will not stand by while our hospitals are held to ransom," Jens Stoltenberg told reporters.

            The United States and the United Kingdom will lead a new rapid response team, officials said. The pledge will be reviewed at the next summit, where allies will report on their progress in training.
            """;
    static final String EDITED = STORY.replace("on Tuesday", "on Wednesday").replace("in training", "in training and exercises")
            + "\nReporting by a correspondent; editing by a desk editor.\n";

    @TempDir
    Path tmp;
    Path corpus;
    Path out;

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = tmp.resolve("corpus");
        out = tmp.resolve("out");
        write("fr/otan.txt", FRENCH);
        write("de/zeitenwende.txt", GERMAN);
        write("wire/story.txt", STORY);
        write("wire/story-copy.txt", STORY);
        write("mirror/story-edited.txt", EDITED);
    }

    private void write(String id, String text) throws IOException {
        Path p = corpus.resolve(id);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private Cli.Result run(String... extra) {
        List<String> args = new ArrayList<>(List.of("run", corpus.toString(), "--out", out.toString(),
                "--quiet", "--threads", "2", "--strict"));
        args.addAll(List.of(extra));
        return Cli.attache(args.toArray(String[]::new));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(file))).getRecords();
    }

    private Map<String, CSVRecord> documents() throws IOException {
        Map<String, CSVRecord> byId = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("documents.csv"))) {
            byId.put(r.get("document"), r);
        }
        return byId;
    }

    private Map<String, String> actorDocuments() throws IOException {
        Map<String, String> byActor = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("actors.csv"))) {
            byActor.put(r.get("actor"), r.get("documents"));
        }
        return byActor;
    }

    @Test
    void languagesAreDetectedAndOnlyEnglishAndFrenchAreAnalysed() throws IOException {
        Cli.Result r = run();
        assertEquals(0, r.exit(), "a note is not a rejection, even with --strict: " + r.err());
        Map<String, CSVRecord> docs = documents();
        assertEquals("fr", docs.get("fr/otan.txt").get("language"));
        assertEquals("de", docs.get("de/zeitenwende.txt").get("language"));
        assertEquals("en", docs.get("wire/story.txt").get("language"));
        assertEquals("0", docs.get("de/zeitenwende.txt").get("mentions"), "no German word becomes an actor");
        assertEquals("0", docs.get("de/zeitenwende.txt").get("quotes"));
        assertTrue(Integer.parseInt(docs.get("de/zeitenwende.txt").get("words")) > 30);
        List<CSVRecord> errors = csv(out.resolve("errors.csv"));
        assertEquals(1, errors.size());
        assertEquals("de/zeitenwende.txt", errors.get(0).get("document"));
        assertTrue(errors.get(0).get("reason").startsWith("note: language 'de'"), errors.get(0).get("reason"));
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"rejected\": 0"));

        Map<String, Integer> french = new HashMap<>();
        for (CSVRecord m : csv(out.resolve("actor_mentions.csv"))) {
            if (m.get("document").equals("fr/otan.txt")) {
                french.put(m.get("actor"), Integer.parseInt(m.get("mentions")));
            }
        }
        assertEquals(2, french.get("Russia"), "Russie and russe: " + french);
        assertEquals(2, french.get("NATO"), "L'OTAN in the headline and l'OTAN in the text: " + french);
        assertEquals("L'OTAN renforce sa présence à l'est", docs.get("fr/otan.txt").get("title"), "the date line is no title");
        assertEquals("2024-03-14", docs.get("fr/otan.txt").get("date"));
        assertTrue(french.keySet().containsAll(List.of("China", "United States", "United Kingdom", "European Union",
                "Jens Stoltenberg")), french.toString());
        assertFalse(french.containsKey("Selon") || french.containsKey("Publié"), french.toString());
        List<CSVRecord> quotes = csv(out.resolve("quotes.csv")).stream()
                .filter(q -> q.get("document").equals("fr/otan.txt")).toList();
        assertEquals(1, quotes.size());
        assertEquals("Jens Stoltenberg", quotes.get(0).get("speaker"));
        assertEquals("a déclaré", quotes.get(0).get("cue"));

        Cli.Result fr = Cli.attache("search", "*", "--out", out.toString(), "--language", "fr", "--format", "csv");
        assertEquals(0, fr.exit(), fr.err());
        assertTrue(fr.out().contains("fr/otan.txt") && !fr.out().contains("wire/"), fr.out());
        Cli.Result stemmed = Cli.attache("search", "déploiement", "--out", out.toString(), "--format", "csv");
        assertTrue(stemmed.out().contains("fr/otan.txt"), "the French analyzer finds the plural: " + stemmed.out());
        Cli.Result german = Cli.attache("search", "Verteidigungsausgabe", "--out", out.toString(), "--format", "csv");
        assertTrue(german.out().contains("de/zeitenwende.txt"), "German is searchable: " + german.out());
        Cli.Result facet = Cli.attache("search", "*", "--out", out.toString(), "--format", "json");
        assertTrue(facet.out().contains("\"language\": \"en\",\n        \"count\": 3"), facet.out());

        Cli.Result report = Cli.attache("report", "--out", out.toString(), "--language", "de", "--quiet");
        assertEquals(0, report.exit(), report.err());
        List<CSVRecord> slice = csv(out.resolve("reports/language-de/documents.csv"));
        assertEquals(List.of("de/zeitenwende.txt"), slice.stream().map(x -> x.get("document")).toList());
    }

    @Test
    void copiesAndAnEditedCopyAreOneStoryCountedOnce() throws IOException {
        assertEquals(0, run().exit());
        Map<String, CSVRecord> docs = documents();
        assertEquals("", docs.get("mirror/story-edited.txt").get("duplicate_of"),
                "same date: the first id is the original");
        assertEquals("mirror/story-edited.txt", docs.get("wire/story.txt").get("duplicate_of"));
        assertEquals("mirror/story-edited.txt", docs.get("wire/story-copy.txt").get("duplicate_of"));
        assertEquals("", docs.get("fr/otan.txt").get("duplicate_of"));
        assertEquals("2", actorDocuments().get("Russia"), "the story once, and the French document");

        assertEquals(0, run("--keep-duplicates").exit());
        assertEquals("4", actorDocuments().get("Russia"), "every file");
        Cli.Result report = Cli.attache("report", "--out", out.toString(), "--quiet");
        assertEquals(0, report.exit(), report.err());
        assertEquals("2", actorDocuments().get("Russia"), "report counts each story once too");
        assertEquals(0, Cli.attache("report", "--out", out.toString(), "--quiet", "--keep-duplicates").exit());
        assertEquals("4", actorDocuments().get("Russia"));
    }

    @Test
    void addingAndRemovingFilesKeepsTheGroupsRight() throws IOException {
        assertEquals(0, run().exit());
        write("archive/first.txt", STORY.replace("Published 2 May 2023", "Published 1 May 2023"));
        assertEquals(0, run().exit());
        Map<String, CSVRecord> docs = documents();
        assertEquals("", docs.get("archive/first.txt").get("duplicate_of"), "an earlier copy becomes the original");
        assertEquals("archive/first.txt", docs.get("mirror/story-edited.txt").get("duplicate_of"));
        assertEquals("archive/first.txt", docs.get("wire/story.txt").get("duplicate_of"));
        assertEquals("2", actorDocuments().get("Russia"));

        Files.delete(corpus.resolve("archive/first.txt"));
        Files.delete(corpus.resolve("mirror/story-edited.txt"));
        assertEquals(0, run().exit());
        docs = documents();
        assertEquals("", docs.get("wire/story-copy.txt").get("duplicate_of"), "same date: the first id");
        assertEquals("wire/story-copy.txt", docs.get("wire/story.txt").get("duplicate_of"));
        assertEquals("2", actorDocuments().get("Russia"));

        Files.delete(corpus.resolve("wire/story-copy.txt"));
        assertEquals(0, run().exit());
        assertEquals("", documents().get("wire/story.txt").get("duplicate_of"), "alone again");
        assertEquals("2", actorDocuments().get("Russia"));
    }
}
