package org.attache.pipeline;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shows documents done/total, documents per second and time left on stderr, at most once a second
 * and only once the run has taken more than a couple of seconds. Thread-safe.
 */
final class Progress {

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private final long started = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private long lastShown;
    private boolean shown;

    Progress(PrintWriter err, boolean enabled, int total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    void documentDone() {
        int d = done.incrementAndGet();
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        synchronized (this) {
            if (now - started < QUIET_NANOS || now - lastShown < EVERY_NANOS) {
                return;
            }
            lastShown = now;
            shown = true;
            double seconds = (now - started) / 1e9;
            double rate = d / seconds;
            long left = rate > 0 ? Math.round((total - d) / rate) : 0;
            err.print('\r'); // on its own: the terminal filter lets only a lone carriage return through
            err.printf("%d/%d documents, %.1f docs/s, %d:%02d left   ", d, total, rate, left / 60, left % 60);
            err.flush();
        }
    }

    synchronized void finish() {
        if (shown) {
            err.print('\r');
            err.print(" ".repeat(60));
            err.print('\r');
            err.flush();
        }
    }
}
