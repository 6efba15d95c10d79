package org.attache.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.model.ActorType;
import org.attache.model.Analysis;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.Metadata;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.attache.model.SourceFormat;
import org.attache.model.TextSpan;

/** Hand-made analyses with exact offsets, and a small index of them, for search tests. */
public final class SampleAnalyses {

    /** An actor name as written, the canonical name it counts under, and its type. */
    public record Actor(String written, String canonical, ActorType type) {
    }

    /** A quotation (words as in the text), its speaker, the speaker's actor and role. */
    public record Said(String words, String speaker, String speakerActor, String role) {
    }

    private SampleAnalyses() {
    }

    /** An analysis whose mentions are every occurrence of each actor's written form, quotes located in the text. */
    public static Analysis analysis(String id, String title, String date, String publisher, String text,
                                    List<Actor> actors, List<Said> quotes) {
        CleanDocument d = new CleanDocument(id, SourceFormat.TEXT, new Metadata(title, date, publisher), text, List.of(),
                List.of(), "hash-" + Integer.toHexString(text.hashCode()));
        List<Mention> mentions = new ArrayList<>();
        for (Actor a : actors) {
            for (int at = text.indexOf(a.written()); at >= 0; at = text.indexOf(a.written(), at + 1)) {
                TextSpan span = new TextSpan(at, at + a.written().length());
                mentions.add(new Mention(span, a.written(), a.canonical(), a.type(), MentionSource.GAZETTEER, 1.0));
            }
        }
        List<Quote> qs = new ArrayList<>();
        for (Said s : quotes) {
            int at = text.indexOf(s.words());
            if (at < 0) {
                throw new IllegalArgumentException("quote not in text: " + s.words());
            }
            qs.add(new Quote(new TextSpan(at, at + s.words().length()), s.words(), s.speaker(), s.speakerActor(),
                    s.role(), "said", QuoteKind.DIRECT, 1.0));
        }
        return new Analysis(d, text.split("\\s+").length, mentions, qs, List.of());
    }

    static Actor country(String written, String canonical) {
        return new Actor(written, canonical, ActorType.COUNTRY);
    }

    static Actor org(String written, String canonical) {
        return new Actor(written, canonical, ActorType.ORGANIZATION);
    }

    static Actor place(String written) {
        return new Actor(written, written, ActorType.LOCATION);
    }

    /** Four documents: a 2021 NATO communiqué, a 2022 White House statement, an undated UK guide, 2020 news. */
    public static List<Analysis> corpus() {
        return List.of(
                analysis("nato/2021-06-14-communique.html", "Brussels Summit Communiqué", "2021-06-14", "NATO",
                        "NATO leaders met in Brussels. Russia's aggressive actions threaten Euro-Atlantic security.\n\n"
                                + "Allies agreed that Article 5 applies to cyber attacks. \"We will defend every Ally "
                                + "against cyber threats,\" Jens Stoltenberg said. NATO will keep sanctions on Russia "
                                + "under review.",
                        List.of(org("NATO", "NATO"), country("Russia", "Russia"), place("Brussels")),
                        List.of(new Said("We will defend every Ally against cyber threats,", "Jens Stoltenberg",
                                "Jens Stoltenberg", "NATO Secretary General"))),
                analysis("wh/2022-02-25-statement.md", "Statement on Ukraine", "2022-02-25", "The White House",
                        "The United States sanctioned Russian banks. The USA stands with Ukraine. "
                                + "\"Putin chose this war,\" Joe Biden said. The U.S. will coordinate with NATO.",
                        List.of(country("United States", "United States"), country("USA", "United States"),
                                country("U.S.", "United States"), country("Russian", "Russia"),
                                country("Ukraine", "Ukraine"), org("NATO", "NATO")),
                        List.of(new Said("Putin chose this war,", "Joe Biden", "United States", "President"))),
                analysis("ncsc/guide.html", "Small business guide", "", "NCSC",
                        "Ransomware is the biggest threat to small businesses in the United Kingdom. "
                                + "Back up your data. The article 12 of the guide explains 5 steps.",
                        List.of(country("United Kingdom", "United Kingdom")), List.of()),
                analysis("news/2020-03-01-attack.txt", "Hackers hit hospital", "2020-03-01", "Example News",
                        "A ransomware attack attributed to China hit a hospital. Attackers demanded payment.",
                        List.of(country("China", "China")), List.of()));
    }

    /** The sample corpus committed to an index in {@code dir}. */
    public static void writeIndex(Path dir, List<Analysis> analyses) throws IOException {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            for (Analysis a : analyses) {
                index.put(a);
            }
            index.commit();
        }
    }

    /** Aliases as the gazetteer would resolve them. */
    public static ActorNames gazetteer() {
        Map<String, String> aliases = Map.of("usa", "United States", "us", "United States", "u.s.", "United States",
                "america", "United States", "the alliance", "NATO", "uk", "United Kingdom");
        return name -> Optional.of(aliases.getOrDefault(name.strip().toLowerCase(Locale.ROOT), name.strip()));
    }
}
