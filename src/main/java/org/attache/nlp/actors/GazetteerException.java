package org.attache.nlp.actors;

/** The gazetteer file cannot be read or is invalid; the message names the file and the line. */
public final class GazetteerException extends RuntimeException {

    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
