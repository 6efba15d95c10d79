package org.attache.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.Query;
import org.attache.index.IndexedDocuments;
import org.attache.model.ActorType;
import org.attache.model.Analysis;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.Statement;

/**
 * Writes the per-document CSV files from the index, streaming documents in id order: documents,
 * mentions, actor_mentions, quotes, statements, and the corpus-wide actors table.
 */
public final class CsvReport {

    /** What the report covered. */
    public record Totals(int documents, long words, long mentions, int actors, long quotes, long statements) {
    }

    private CsvReport() {
    }

    public static Totals write(DirectoryReader reader, Query filter, Path dest, CsvStyle style) throws IOException {
        ActorTally tally = new ActorTally();
        long[] counts = new long[5];
        try (CsvFile documents = new CsvFile(dest.resolve(ReportFiles.DOCUMENTS), style, ReportFiles.DOCUMENTS_COLUMNS);
             CsvFile mentions = new CsvFile(dest.resolve(ReportFiles.MENTIONS), style, ReportFiles.MENTIONS_COLUMNS);
             CsvFile perDocument = new CsvFile(dest.resolve(ReportFiles.ACTOR_MENTIONS), style,
                     ReportFiles.ACTOR_MENTIONS_COLUMNS);
             CsvFile quotes = new CsvFile(dest.resolve(ReportFiles.QUOTES), style, ReportFiles.QUOTES_COLUMNS);
             CsvFile statements = new CsvFile(dest.resolve(ReportFiles.STATEMENTS), style,
                     ReportFiles.STATEMENTS_COLUMNS)) {
            IndexedDocuments.forEach(reader, filter, a -> {
                try {
                    writeDocument(a, documents, mentions, perDocument, quotes, statements, tally);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                counts[0]++;
                counts[1] += a.words();
                counts[2] += a.mentions().stream().filter(m -> m.type().isActor()).count();
                counts[3] += a.quotes().size();
                counts[4] += a.statements().size();
            });
            try (CsvFile actors = new CsvFile(dest.resolve(ReportFiles.ACTORS), style, ReportFiles.ACTORS_COLUMNS)) {
                for (ActorTally.Row r : tally.sorted()) {
                    actors.row(r.actor(), r.type().name(), r.documents(), r.mentions(), r.firstDate(), r.lastDate());
                }
                actors.commit();
            }
            documents.commit();
            mentions.commit();
            perDocument.commit();
            quotes.commit();
            statements.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Totals((int) counts[0], counts[1], counts[2], tally.sorted().size(), counts[3], counts[4]);
    }

    private static void writeDocument(Analysis a, CsvFile documents, CsvFile mentions, CsvFile perDocument,
                                      CsvFile quotes, CsvFile statements, ActorTally tally) throws IOException {
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
                d.format().name().toLowerCase(java.util.Locale.ROOT), perActor.size(),
                perActor.values().stream().mapToInt(Integer::intValue).sum(), a.quotes().size(),
                a.statements().size());
    }
}
