package org.attache.model;

/**
 * Cooperative cancellation of one document's work. A document over its time budget has its worker
 * thread interrupted; the long loops of every stage (cleaning, sentences and tokens, name finding,
 * quotations) call {@link #check()} so that the abandoned work stops within moments instead of
 * burning a core until the run ends. The interrupt flag is left set, so every later check (and any
 * blocking call) stops too.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** Thrown out of a stage whose thread was interrupted: the document was abandoned. */
    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("work abandoned (interrupted)", null, false, false);
        }
    }

    /** Throws {@link Cancelled} when the current thread was interrupted; costs next to nothing otherwise. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }
}
