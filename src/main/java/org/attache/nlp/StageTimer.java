package org.attache.nlp;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Accumulates CPU-side wall time per stage across threads. Thread-safe. */
public final class StageTimer {

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimer() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public <T> T time(Stage stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.get(stage).add(System.nanoTime() - t0);
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    public double seconds(Stage stage) {
        return nanos.get(stage).sum() / 1e9;
    }
}
