package org.attache.cli;

import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns exceptions into one-line messages and exit codes: a usage error names the problem and the
 * help to read; {@link UserException} says what to do; a damaged index says how to rebuild it;
 * anything else is a bug and gets a stack trace only with {@code --debug} (or ATTACHE_DEBUG=1).
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException u) {
            if (!u.isUnknownOption() && !cl.getSubcommands().isEmpty() && !u.getUnmatched().isEmpty()) {
                message = "Unknown command: '" + u.getUnmatched().get(0) + "'";
            }
            if (!u.getSuggestions().isEmpty()) {
                message += " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
            }
        }
        cl.getErr().println("attache: " + message + "; see '" + cl.getCommandSpec().qualifiedName() + " --help'");
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
        var err = cl.getErr();
        if (e instanceof UserException ue) {
            err.println("attache: " + ue.getMessage());
            return ue.exitCode();
        }
        Throwable damaged = damagedIndex(e);
        if (damaged != null) {
            err.println("attache: the search index" + indexFolder(cl) + " is damaged or from another version ("
                    + damaged.getClass().getSimpleName() + "); delete that folder and run 'attache run' again "
                    + "to rebuild it");
            printTraceIfAsked(e, err, parseResult);
            return ExitCodes.FAILED;
        }
        err.println("attache: internal error: " + e + " (please report it; run with --debug for details)");
        printTraceIfAsked(e, err, parseResult);
        return ExitCodes.FAILED;
    }

    private static Throwable damagedIndex(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
                    || t instanceof IndexFormatTooNewException) {
                return t;
            }
        }
        return null;
    }

    /** " in OUT/index" when the command has an --out option, else nothing. */
    private static String indexFolder(CommandLine cl) {
        OptionSpec out = cl.getCommandSpec().findOption("--out");
        return out == null || out.getValue() == null ? "" : " in " + Path.of(out.getValue().toString()).resolve("index");
    }

    private static void printTraceIfAsked(Exception e, java.io.PrintWriter err, ParseResult parseResult) {
        if (debug(parseResult)) {
            e.printStackTrace(err);
        }
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
