package org.attache.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one-line messages and exit codes: {@link UserException} says what to do;
 * anything else is a bug and gets a stack trace only with {@code --debug} (or ATTACHE_DEBUG=1).
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
        var err = cl.getErr();
        if (e instanceof UserException ue) {
            err.println("attache: " + ue.getMessage());
            return ue.exitCode();
        }
        err.println("attache: internal error: " + e + " (please report it; run with --debug for details)");
        if (debug(parseResult)) {
            e.printStackTrace(err);
        }
        return ExitCodes.FAILED;
    }

    private static boolean debug(ParseResult parseResult) {
        if ("1".equals(System.getenv("ATTACHE_DEBUG"))) {
            return true;
        }
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
