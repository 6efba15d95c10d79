package org.attache.report;

import org.attache.index.ActorNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.attache.index.DocumentIndex;
import org.attache.model.ActorType;
import org.attache.model.Analysis;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.Metadata;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.attache.model.SourceFormat;
import org.attache.model.Statement;
import org.attache.model.TextSpan;

/** Hand-made analyses and small indexes built from them, the way the pipeline builds them. */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    /** An analysis under construction: mentions and quotations are found by their text in the document. */
    public static final class Doc {
        private final String id;
        private final Metadata metadata;
        private final String text;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final List<Statement> statements = new ArrayList<>();

        Doc(String id, String title, String date, String publisher, String text) {
            this.id = id;
            this.metadata = new Metadata(title, date, publisher);
            this.text = text;
        }

        /** Every occurrence of {@code surface} is a mention of {@code actor}. */
        public Doc actor(String surface, String actor, ActorType type) {
            int at = text.indexOf(surface);
            if (at < 0) {
                throw new IllegalArgumentException(surface + " not in " + id);
            }
            for (; at >= 0; at = text.indexOf(surface, at + surface.length())) {
                mentions.add(new Mention(new TextSpan(at, at + surface.length()), surface, actor, type,
                        MentionSource.GAZETTEER, 0.9));
            }
            return this;
        }

        public Doc quote(String words, String speaker, String role) {
            int at = text.indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException(words + " not in " + id);
            }
            quotes.add(new Quote(new TextSpan(at, at + words.length()), words, speaker, speaker, role, "said",
                    QuoteKind.DIRECT, 0.75));
            return this;
        }

        public Doc statement(String words, String speaker) {
            int at = text.indexOf(words);
            statements.add(new Statement(new TextSpan(at, at + words.length()), words, speaker, speaker, ""));
            return this;
        }

        public Analysis analysis() {
            CleanDocument d = new CleanDocument(id, SourceFormat.TEXT, metadata, text, List.of(), List.of(),
                    Integer.toHexString(text.hashCode()));
            return new Analysis(d, text.split("\\s+").length, mentions, quotes, statements);
        }
    }

    public static Doc doc(String id, String title, String date, String text) {
        return new Doc(id, title, date, "Test Ministry", text);
    }

    public static Doc doc(String id, String title, String date, String publisher, String text) {
        return new Doc(id, title, date, publisher, text);
    }

    /** Writes an index of these analyses to {@code dir} (in the order given). */
    public static void index(Path dir, List<Analysis> analyses) throws IOException {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            for (Analysis a : analyses) {
                index.put(a);
            }
            index.commit();
        }
    }

    /** Writes the reports of {@code filter} from the index in {@code indexDir} to {@code dest}. */
    public static CsvReport.Totals report(Path indexDir, ReportFilter filter, Path dest, CsvStyle style)
            throws IOException {
        try (var dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            return Reports.write(reader, filter, ActorNames.asTyped(), dest, style);
        }
    }

    /** A small corpus: four dated documents and one undated, on NATO, Russia, China and cyber defence. */
    public static List<Analysis> corpus() {
        return List.of(
                doc("nato/2021-06-14-communique.txt", "Brussels Summit Communiqué", "2021-06-14",
                        "NATO leaders met in Brussels. Russia's aggressive actions threaten NATO. "
                                + "\"We stand united,\" said Jens Stoltenberg.")
                        .actor("NATO", "NATO", ActorType.ORGANIZATION)
                        .actor("Russia", "Russia", ActorType.COUNTRY)
                        .actor("Jens Stoltenberg", "Jens Stoltenberg", ActorType.PERSON)
                        .actor("Brussels", "Brussels", ActorType.LOCATION)
                        .quote("We stand united,", "Jens Stoltenberg", "NATO Secretary General")
                        .analysis(),
                doc("nato/2022-06-29-madrid.txt", "Madrid Summit Declaration", "2022-06-29",
                        "China's stated ambitions challenge NATO. Russia is the most significant threat. "
                                + "Cyber defence is core to NATO.")
                        .actor("China", "China", ActorType.COUNTRY)
                        .actor("NATO", "NATO", ActorType.ORGANIZATION)
                        .actor("Russia", "Russia", ActorType.COUNTRY)
                        .analysis(),
                doc("uk/2023-03-01-cyber.txt", "National Cyber Force update", "2023-03-01",
                        "The United Kingdom expands its cyber operations. \"Cyber is a domain of operations,\" "
                                + "the minister said.")
                        .actor("United Kingdom", "United Kingdom", ActorType.COUNTRY)
                        .quote("Cyber is a domain of operations,", "", "")
                        .analysis(),
                doc("us/2024-07-10-washington.txt", "Washington Summit Declaration", "2024-07-10",
                        "NATO turns 75. The United States and NATO allies support Ukraine against Russia. "
                                + "\"NATO is stronger than ever,\" Joe Biden said.")
                        .actor("NATO", "NATO", ActorType.ORGANIZATION)
                        .actor("United States", "United States", ActorType.COUNTRY)
                        .actor("Ukraine", "Ukraine", ActorType.COUNTRY)
                        .actor("Russia", "Russia", ActorType.COUNTRY)
                        .actor("Joe Biden", "Joe Biden", ActorType.PERSON)
                        .quote("NATO is stronger than ever,", "Joe Biden", "President")
                        .analysis(),
                doc("misc/undated-note.txt", "", "",
                        "A note on China and export controls without a date.")
                        .actor("China", "China", ActorType.COUNTRY)
                        .analysis());
    }
}
