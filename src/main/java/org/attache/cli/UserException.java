package org.attache.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** A problem the user can fix: the message says what is wrong and what to do. */
public final class UserException extends RuntimeException {
    private final int exitCode;

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A file the command could not write: which, why, and which option chooses another place. */
    static UserException cannotWrite(FileSystemException e, String option) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        return new UserException("cannot write to " + e.getFile() + ": " + why + "; choose a writable " + option
                + " folder", ExitCodes.FAILED);
    }

    /** The disk under {@code out} is full (seen anywhere in a failure's causes, e.g. a closed index writer). */
    static UserException diskFull(Path out) {
        return new UserException("no space left on device under " + out + "; free some space (or choose another "
                + "--out) and run again: the next run goes on from what was committed", ExitCodes.FAILED);
    }

    public int exitCode() {
        return exitCode;
    }
}
