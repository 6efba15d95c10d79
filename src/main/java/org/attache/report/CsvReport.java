package org.attache.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.attache.model.ActorType;
import org.attache.model.Analysis;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.Statement;

/**
 * Writes the CSV files of a report, one document at a time in the order they are given (the index
 * streams them in id order): documents, mentions, actor_mentions, quotes, statements, and on
 * {@link #commit()} the corpus-wide actors table. Nothing is visible until commit; closing without
 * commit discards every file.
 */
public final class CsvReport implements Closeable {

    /** What a report covered. */
    public record Totals(int documents, long words, long mentions, int actors, long quotes, long statements) {
    }

    private final Path dest;
    private final CsvStyle style;
    private final CsvFile documents;
    private final CsvFile mentions;
    private final CsvFile perDocument;
    private final CsvFile quotes;
    private final CsvFile statements;
    private final ActorTally tally = new ActorTally();

    CsvReport(Path dest, CsvStyle style) throws IOException {
        this.dest = dest;
        this.style = style;
        this.documents = new CsvFile(dest.resolve(ReportFiles.DOCUMENTS), style, ReportFiles.DOCUMENTS_COLUMNS);
        this.mentions = new CsvFile(dest.resolve(ReportFiles.MENTIONS), style, ReportFiles.MENTIONS_COLUMNS);
        this.perDocument = new CsvFile(dest.resolve(ReportFiles.ACTOR_MENTIONS), style,
                ReportFiles.ACTOR_MENTIONS_COLUMNS);
        this.quotes = new CsvFile(dest.resolve(ReportFiles.QUOTES), style, ReportFiles.QUOTES_COLUMNS);
        this.statements = new CsvFile(dest.resolve(ReportFiles.STATEMENTS), style, ReportFiles.STATEMENTS_COLUMNS);
    }

    void add(Analysis a) throws IOException {
        var d = a.document();
        String id = d.id();
        Map<String, Integer> perActor = new TreeMap<>();
        Map<String, ActorType> types = new TreeMap<>();
        for (Mention m : a.mentions()) {
            mentions.row(id, m.span().start(), m.span().end(), m.text(), m.actor(), m.type().name(),
                    m.source().label(), m.confidence());
            if (m.type().isActor()) {
                perActor.merge(m.actor(), 1, Integer::sum);
                types.putIfAbsent(m.actor(), m.type());
            }
        }
        for (var e : perActor.entrySet()) {
            perDocument.row(id, e.getKey(), types.get(e.getKey()).name(), e.getValue());
            tally.add(e.getKey(), types.get(e.getKey()), e.getValue(), d.metadata().date());
        }
        for (Quote q : a.quotes()) {
            quotes.row(id, q.text(), q.speaker(), q.speakerActor(), q.speakerRole(), q.cue(), q.kind().label(),
                    q.span().start(), q.span().end(), q.confidence());
        }
        for (Statement s : a.statements()) {
            statements.row(id, s.speaker(), s.speakerActor(), s.speakerRole(), s.text(), s.span().start(),
                    s.span().end());
        }
        documents.row(id, d.metadata().title(), d.metadata().date(), d.metadata().publisher(), a.words(),
                d.format().name().toLowerCase(Locale.ROOT), perActor.size(),
                perActor.values().stream().mapToInt(Integer::intValue).sum(), a.quotes().size(),
                a.statements().size());
    }

    /** Writes actors.csv and moves every file into place; returns the actors, most mentioned first. */
    List<ActorTally.Row> commit() throws IOException {
        List<ActorTally.Row> actors = tally.sorted();
        try (CsvFile out = new CsvFile(dest.resolve(ReportFiles.ACTORS), style, ReportFiles.ACTORS_COLUMNS)) {
            for (ActorTally.Row r : actors) {
                out.row(r.actor(), r.type().name(), r.documents(), r.mentions(), r.firstDate(), r.lastDate());
            }
            out.commit();
        }
        documents.commit();
        mentions.commit();
        perDocument.commit();
        quotes.commit();
        statements.commit();
        return actors;
    }

    @Override
    public void close() throws IOException {
        try (documents; mentions; perDocument; quotes; statements) {
            // each file discards its temporary copy unless committed
        }
    }
}
