package org.attache.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.attache.model.Analysis;
import org.attache.model.Mention;

/**
 * The second pass of report.html, once the leading actors are known: their mentions per period
 * (line chart) and per document (heat map). The heat map keeps only the documents that mention the
 * leading actors most, in a bounded queue, so memory does not grow with the corpus.
 */
final class LeadingActors {

    /**
     * Mentions of each actor (rows of {@code counts}, in {@code actors} order) per period, and how many
     * documents each period has: a period without documents has no data, which is not the same as 0.
     */
    record Timeline(TimeBuckets buckets, List<String> actors, int[][] counts, int[] documents, int undatedMentions) {
    }

    /** One heat-map row: a document and its mentions of each leading actor. */
    record HeatRow(String id, String title, String date, int[] counts, int total) {
    }

    /** Rows are documents (by date, then id), columns the leading actors. */
    record HeatMap(List<String> actors, List<HeatRow> rows, int documentsWithMentions) {
    }

    private static final Comparator<HeatRow> MOST_FIRST = Comparator.comparingInt(HeatRow::total).reversed()
            .thenComparing(HeatRow::id);

    private final List<String> lineActors;
    private final Optional<TimeBuckets> buckets;
    private final int[][] timeCounts;
    private final int[] timeDocuments;
    private final List<String> heatActors;
    private final Map<String, Integer> heatColumn = new HashMap<>();
    private final int maxRows;
    /** Worst row on top, so the queue can drop it when a better one arrives. */
    private final PriorityQueue<HeatRow> heat;
    private int undatedMentions;
    private int documentsWithMentions;

    LeadingActors(List<String> lineActors, Optional<TimeBuckets> buckets, List<String> heatActors, int maxRows) {
        this.lineActors = List.copyOf(lineActors);
        this.buckets = buckets;
        this.timeCounts = new int[lineActors.size()][buckets.map(TimeBuckets::size).orElse(0)];
        this.timeDocuments = new int[buckets.map(TimeBuckets::size).orElse(0)];
        this.heatActors = List.copyOf(heatActors);
        for (int i = 0; i < heatActors.size(); i++) {
            heatColumn.put(heatActors.get(i), i);
        }
        this.maxRows = maxRows;
        this.heat = new PriorityQueue<>(MOST_FIRST.reversed());
    }

    void add(Analysis a) {
        var meta = a.document().metadata();
        int bucket = buckets.flatMap(b -> SummaryCollector.date(meta.date()).map(b::index)).orElse(-1);
        if (bucket >= 0) {
            timeDocuments[bucket]++;
        }
        int[] counts = new int[heatActors.size()];
        int total = 0;
        for (Mention m : a.mentions()) {
            if (!m.type().isActor()) {
                continue;
            }
            int line = lineActors.indexOf(m.actor());
            if (line >= 0) {
                if (bucket >= 0) {
                    timeCounts[line][bucket]++;
                } else {
                    undatedMentions++;
                }
            }
            Integer column = heatColumn.get(m.actor());
            if (column != null) {
                counts[column]++;
                total++;
            }
        }
        if (total > 0) {
            documentsWithMentions++;
            heat.add(new HeatRow(a.document().id(), meta.title(), meta.date(), counts, total));
            if (heat.size() > maxRows) {
                heat.poll();
            }
        }
    }

    Optional<Timeline> timeline() {
        return buckets.filter(b -> !lineActors.isEmpty())
                .map(b -> new Timeline(b, lineActors, timeCounts, timeDocuments, undatedMentions));
    }

    HeatMap heatMap() {
        List<HeatRow> rows = new ArrayList<>(heat);
        rows.sort(Comparator.comparing((HeatRow r) -> r.date().isEmpty() ? "9999" : r.date())
                .thenComparing(HeatRow::id));
        return new HeatMap(heatActors, rows, documentsWithMentions);
    }
}
