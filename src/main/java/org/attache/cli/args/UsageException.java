package org.attache.cli.args;

/** The arguments do not fit the command: the message says which and how, in one line. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }

    /** "Unknown option: '--outt' (did you mean --out?)". */
    static UsageException unknownOption(String given, java.util.Collection<String> known) {
        return new UsageException("Unknown option: '" + given + "'" + Suggestions.didYouMean(given, known));
    }
}
