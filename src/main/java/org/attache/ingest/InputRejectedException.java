package org.attache.ingest;

/** An input that cannot be analysed; the message is the one-line reason shown in errors.csv. */
public final class InputRejectedException extends Exception {

    public InputRejectedException(String reason) {
        super(reason);
    }
}
