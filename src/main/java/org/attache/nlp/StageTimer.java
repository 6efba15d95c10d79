package org.attache.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Accumulates time per stage across threads: wall time by default (what run.json reports), or the
 * CPU time of the timing thread ({@link #cpu()}), which other load on the machine does not inflate.
 * Thread-safe.
 */
public final class StageTimer {

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongSupplier clock;

    public StageTimer() {
        this(System::nanoTime);
    }

    private StageTimer(LongSupplier clock) {
        this.clock = clock;
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    /** A timer of the CPU time each timing thread spends in a stage. */
    public static StageTimer cpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return new StageTimer(threads::getCurrentThreadCpuTime);
    }

    public <T> T time(Stage stage, Supplier<T> work) {
        long t0 = clock.getAsLong();
        try {
            return work.get();
        } finally {
            nanos.get(stage).add(clock.getAsLong() - t0);
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    public double seconds(Stage stage) {
        return nanos.get(stage).sum() / 1e9;
    }
}
