package org.attache.pipeline;

import java.io.IOException;
import java.util.Locale;
import org.attache.model.Cancellation;

/**
 * The one-line reason, for {@code errors.csv}, of a document whose task ended in an exception or an
 * error. Every {@link Throwable} has one: a document's failure is a row, never the end of the run.
 */
public final class FailureReason {

    // made before any failure: when the heap is exhausted, building a message may fail too
    private static final String OUT_OF_MEMORY = "ran out of memory while analysing (too large for the heap: "
            + "raise ATTACHE_HEAP, or lower --max-bytes to reject such files at once)";
    private static final String TOO_DEEP = "too deeply nested to analyse (stack overflow)";

    private FailureReason() {
    }

    public static String of(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return OUT_OF_MEMORY;
        }
        if (t instanceof StackOverflowError) {
            return TOO_DEEP;
        }
        if (t instanceof Cancellation.Cancelled) {
            return "abandoned after its time budget";
        }
        if (isDiskFull(t)) {
            return "not written: no space left on device";
        }
        return "failed while analysing (" + t + "); please report this document";
    }

    /** Whether {@code t} or one of its causes says the disk is full (ENOSPC, or Windows' wording). */
    public static boolean isDiskFull(Throwable t) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < 32; c = c.getCause(), depth++) {
            String m = c.getMessage();
            if (c instanceof IOException && m != null) {
                String lower = m.toLowerCase(Locale.ROOT);
                if (lower.contains("no space left on device") || lower.contains("not enough space on the disk")
                        || lower.contains("disk quota exceeded")) {
                    return true;
                }
            }
            for (Throwable s : c.getSuppressed()) {
                if (s != t && isDiskFull(s)) {
                    return true;
                }
            }
        }
        return false;
    }
}
