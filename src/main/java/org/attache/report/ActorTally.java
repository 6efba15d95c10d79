package org.attache.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.ActorType;

/** Corpus-wide counts per actor, built one document at a time (memory grows with actors, not documents). */
final class ActorTally {

    record Row(String actor, ActorType type, int documents, int mentions, String firstDate, String lastDate) {
    }

    private final Map<String, Row> rows = new HashMap<>();

    void add(String actor, ActorType type, int mentions, String date) {
        rows.merge(actor, new Row(actor, type, 1, mentions, date, date), (a, b) -> new Row(actor, a.type(),
                a.documents() + 1, a.mentions() + b.mentions(), min(a.firstDate(), date), max(a.lastDate(), date)));
    }

    /** Most mentioned first; ties by name, so the order is stable. */
    List<Row> sorted() {
        List<Row> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparingInt(Row::mentions).reversed().thenComparing(Row::actor));
        return out;
    }

    private static String min(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) >= 0 ? a : b;
    }
}
