package org.attache.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.Analysis;
import org.attache.model.Mention;
import org.attache.model.Quote;

/**
 * The first pass of report.html: totals, date range, quotations per speaker and the first rows of the
 * document and quotation tables. Memory grows with distinct speakers and the table cap, not with documents.
 */
final class SummaryCollector {

    /** A row of the documents table. */
    record DocumentRow(String id, String title, String date, String publisher, int words, int actors, int mentions,
                       int quotes) {
    }

    /** A row of the quotations table. */
    record QuoteRow(String document, String date, String speaker, String role, String quote) {
    }

    /** A label and how often it occurs. */
    record Count(String label, int count) {
    }

    /** What the first pass found. */
    record Overview(int documents, long words, long mentions, long quotes, long statements, String firstDate,
                    String lastDate, int undated, List<Count> speakers, int unattributedQuotes,
                    List<DocumentRow> documentRows, List<QuoteRow> quoteRows) {
    }

    static final int QUOTE_CHARS = 400;

    private final int tableCap;
    private final Map<String, Integer> speakers = new HashMap<>();
    private final List<DocumentRow> documentRows = new ArrayList<>();
    private final List<QuoteRow> quoteRows = new ArrayList<>();
    private int documents;
    private long words;
    private long mentions;
    private long quotes;
    private long statements;
    private int unattributed;
    private int undated;
    private String firstDate = "";
    private String lastDate = "";

    SummaryCollector(int tableCap) {
        this.tableCap = tableCap;
    }

    void add(Analysis a) {
        add(a, true);
    }

    /** Adds a document; one that repeats a story already counted ({@code counted} false) adds no quotes per speaker. */
    void add(Analysis a, boolean counted) {
        var d = a.document();
        var meta = d.metadata();
        documents++;
        words += a.words();
        quotes += a.quotes().size();
        statements += a.statements().size();
        Optional<LocalDate> date = date(meta.date());
        if (date.isPresent()) {
            String iso = date.get().toString();
            firstDate = firstDate.isEmpty() || iso.compareTo(firstDate) < 0 ? iso : firstDate;
            lastDate = lastDate.isEmpty() || iso.compareTo(lastDate) > 0 ? iso : lastDate;
        } else {
            undated++;
        }
        int actorMentions = 0;
        var actors = new HashSet<String>();
        for (Mention m : a.mentions()) {
            if (m.type().isActor()) {
                actorMentions++;
                actors.add(m.actor());
            }
        }
        mentions += actorMentions;
        for (Quote q : a.quotes()) {
            if (q.speaker().isBlank()) {
                unattributed++;
            } else if (counted) {
                speakers.merge(q.speaker().strip(), 1, Integer::sum);
            }
            if (quoteRows.size() < tableCap) {
                quoteRows.add(new QuoteRow(d.id(), meta.date(), q.speaker(), q.speakerRole(),
                        Html.shorten(q.text(), QUOTE_CHARS)));
            }
        }
        if (documentRows.size() < tableCap) {
            documentRows.add(new DocumentRow(d.id(), meta.title(), meta.date(), meta.publisher(), a.words(),
                    actors.size(), actorMentions, a.quotes().size()));
        }
    }

    Overview finish(int topSpeakers) {
        List<Count> top = speakers.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::label))
                .limit(topSpeakers)
                .toList();
        return new Overview(documents, words, mentions, quotes, statements, firstDate, lastDate, undated, top,
                unattributed, List.copyOf(documentRows), List.copyOf(quoteRows));
    }

    /** The document date, if it is a valid ISO date. */
    static Optional<LocalDate> date(String iso) {
        if (iso == null || iso.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
