package org.attache.cli;

import java.io.PrintWriter;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.attache.cli.args.Arguments;
import org.attache.cli.args.CommandSpec;
import org.attache.cli.args.Option;

/**
 * Turns problems into one-line messages and exit codes: a usage error names the problem and the
 * help to read; {@link UserException} says what to do; a damaged index says how to rebuild it;
 * anything else is a bug and gets a stack trace only with {@code --debug} (or ATTACHE_DEBUG=1).
 */
final class ErrorHandler {

    private ErrorHandler() {
    }

    /** "attache: MESSAGE; see 'attache COMMAND --help'"; {@code command} is empty at the top level. */
    static int usage(String message, String command, PrintWriter err) {
        err.println(Main.NAME + ": " + message + "; see '" + Main.NAME + (command.isEmpty() ? "" : " " + command)
                + " --help'");
        return ExitCodes.USAGE;
    }

    /** What a command threw while it ran. */
    static int failure(Exception e, Arguments args, PrintWriter err) {
        if (e instanceof UserException ue) {
            err.println(Main.NAME + ": " + ue.getMessage());
            return ue.exitCode();
        }
        Throwable damaged = damagedIndex(e);
        Option outOption = args.spec().option("--out");
        if (org.attache.pipeline.FailureReason.isDiskFull(e)) {
            Object where = outOption == null || args.path(outOption) == null ? "the output folder" : args.path(outOption);
            err.println(Main.NAME + ": no space left on device under " + where + "; free some space and run again");
        } else if (damaged != null) {
            err.println(Main.NAME + ": the search index" + indexFolder(args) + " is damaged or from another version ("
                    + damaged.getClass().getSimpleName() + "); delete that folder and run 'attache run' again "
                    + "to rebuild it");
        } else {
            err.println(Main.NAME + ": internal error: " + e + " (please report it; run with --debug for details)");
        }
        if (args.flag(CommandSpec.DEBUG) || "1".equals(System.getenv("ATTACHE_DEBUG"))) {
            e.printStackTrace(err);
        }
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
    private static String indexFolder(Arguments args) {
        Option out = args.spec().option("--out");
        return out == null || args.path(out) == null ? "" : " in " + args.path(out).resolve("index");
    }
}
