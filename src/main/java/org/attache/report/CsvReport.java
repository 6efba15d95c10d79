package org.attache.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attache.index.DuplicateGroups;
import org.attache.model.ActorType;
import org.attache.model.Analysis;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.Statement;

/**
 * Writes the CSV files of a report, one document at a time in the order they are given (the index
 * streams them in id order): documents, mentions, actor_mentions, quotes, statements, and on
 * {@link #commit()} the corpus-wide actors table and the pairs of actors named together. Nothing is visible until commit; closing without
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
    private final Cooccurrence pairs = new Cooccurrence();
    private final DuplicateGroups duplicates;
    private final Set<String> repeats;

    CsvReport(Path dest, CsvStyle style) throws IOException {
        this(dest, style, DuplicateGroups.NONE, Set.of());
    }

    /**
     * Reports naming each document's group in {@code duplicates}; the documents in {@code repeats}
     * (a story already counted) are listed but left out of the actor counts.
     */
    CsvReport(Path dest, CsvStyle style, DuplicateGroups duplicates, Set<String> repeats)
            throws IOException {
        this.dest = dest;
        this.style = style;
        this.duplicates = duplicates;
        this.repeats = repeats;
        this.documents = new CsvFile(dest.resolve(ReportFiles.DOCUMENTS), style, ReportFiles.DOCUMENTS_COLUMNS);
        this.mentions = new CsvFile(dest.resolve(ReportFiles.MENTIONS), style, ReportFiles.MENTIONS_COLUMNS);
        this.perDocument = new CsvFile(dest.resolve(ReportFiles.ACTOR_MENTIONS), style,
                ReportFiles.ACTOR_MENTIONS_COLUMNS);
        this.quotes = new CsvFile(dest.resolve(ReportFiles.QUOTES), style, ReportFiles.QUOTES_COLUMNS);
        this.statements = new CsvFile(dest.resolve(ReportFiles.STATEMENTS), style, ReportFiles.STATEMENTS_COLUMNS);
    }

    /** One document's rows for every file, rendered apart from the files (see {@link #render}). */
    static final class Rendered {
        private final Analysis analysis;
        private final Map<String, Integer> perActor = new TreeMap<>();
        private final Map<String, ActorType> types = new TreeMap<>();
        private final CsvFile.Rows documents;
        private final CsvFile.Rows mentions;
        private final CsvFile.Rows perDocument;
        private final CsvFile.Rows quotes;
        private final CsvFile.Rows statements;
        private Map<String, Integer> pairs = Map.of();

        private Rendered(Analysis analysis, CsvStyle style) {
            this.analysis = analysis;
            this.documents = new CsvFile.Rows(style, ReportFiles.DOCUMENTS_COLUMNS.length);
            this.mentions = new CsvFile.Rows(style, ReportFiles.MENTIONS_COLUMNS.length);
            this.perDocument = new CsvFile.Rows(style, ReportFiles.ACTOR_MENTIONS_COLUMNS.length);
            this.quotes = new CsvFile.Rows(style, ReportFiles.QUOTES_COLUMNS.length);
            this.statements = new CsvFile.Rows(style, ReportFiles.STATEMENTS_COLUMNS.length);
        }

        Analysis analysis() {
            return analysis;
        }
    }

    /**
     * Renders one document's rows. Thread-safe and independent of the files, so documents can be
     * rendered on several threads; {@link #add(Rendered)} then writes them, in order, on one.
     */
    Rendered render(Analysis a) {
        Rendered r = new Rendered(a, style);
        var d = a.document();
        String id = d.id();
        for (Mention m : a.mentions()) {
            r.mentions.row(id, m.span().start(), m.span().end(), m.text(), m.actor(), m.type().name(),
                    m.source().label(), m.confidence());
            if (m.type().isActor()) {
                r.perActor.merge(m.actor(), 1, Integer::sum);
                r.types.putIfAbsent(m.actor(), m.type());
            }
        }
        for (var e : r.perActor.entrySet()) {
            r.perDocument.row(id, e.getKey(), r.types.get(e.getKey()).name(), e.getValue());
        }
        if (r.perActor.size() > 1) {
            r.pairs = Cooccurrence.pairsOf(a.sentences(), a.mentions());
        }
        for (Quote q : a.quotes()) {
            r.quotes.row(id, q.text(), q.speaker(), q.speakerActor(), q.speakerRole(), q.cue(), q.kind().label(),
                    q.span().start(), q.span().end(), q.confidence(),
                    q.speakerSpan() == null ? "" : q.speakerSpan().start(),
                    q.speakerSpan() == null ? "" : q.speakerSpan().end());
        }
        for (Statement s : a.statements()) {
            r.statements.row(id, s.speaker(), s.speakerActor(), s.speakerRole(), s.text(), s.span().start(),
                    s.span().end());
        }
        r.documents.row(id, d.metadata().title(), d.metadata().date(), d.metadata().publisher(), a.words(),
                d.format().name().toLowerCase(Locale.ROOT), r.perActor.size(),
                r.perActor.values().stream().mapToInt(Integer::intValue).sum(), a.quotes().size(),
                a.statements().size(), a.language(), duplicates.duplicateOf(id));
        return r;
    }

    /** Writes a document's rows and counts its actors; documents must come in report order. */
    void add(Rendered r) throws IOException {
        mentions.append(r.mentions);
        for (var e : counted(r.analysis) ? r.perActor.entrySet() : Set.<Map.Entry<String, Integer>>of()) {
            tally.add(e.getKey(), r.types.get(e.getKey()), e.getValue(), r.analysis.document().metadata().date());
        }
        if (counted(r.analysis)) {
            pairs.add(r.pairs);
        }
        perDocument.append(r.perDocument);
        quotes.append(r.quotes);
        statements.append(r.statements);
        documents.append(r.documents);
    }

    /** Whether the document counts in the corpus-wide figures: not a repeat of a story already counted. */
    boolean counted(Analysis a) {
        return !repeats.contains(a.document().id());
    }

    void add(Analysis a) throws IOException {
        add(render(a));
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
        try (CsvFile out = new CsvFile(dest.resolve(ReportFiles.COOCCURRENCE), style,
                ReportFiles.COOCCURRENCE_COLUMNS)) {
            for (Cooccurrence.Row r : pairs.sorted()) {
                out.row(r.a(), r.b(), r.sentences(), r.documents());
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
