package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.attache.pipeline.FailureReason;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns problems into one-line messages and exit codes: a usage error names the problem and the
 * help to read; {@link UserException} says what to do; a damaged index says how to rebuild it;
 * anything else is a bug and gets a stack trace only with {@code --debug} (or ATTACHE_DEBUG=1).
 * Picocli's own wording is kept where it is ours too; the rest is reworded here (unknown names get
 * the close ones we know, see {@link Suggestions}).
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** "attache: MESSAGE; see 'attache COMMAND --help'". */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String help = cl.getCommandSpec().qualifiedName() + " --help";
        cl.getErr().println(Main.NAME + ": " + message(e) + "; see '" + help + "'");
        return ExitCodes.USAGE;
    }

    /** What a command threw while it ran. */
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        if (e instanceof ParameterException pe) {
            return handleParseException(pe, new String[0]);
        }
        PrintWriter err = cl.getErr();
        if (e instanceof UserException ue) {
            err.println(Main.NAME + ": " + ue.getMessage());
            return ue.exitCode();
        }
        Path out = outFolder(cl);
        Throwable damaged = damagedIndex(e);
        if (FailureReason.isDiskFull(e)) {
            err.println(Main.NAME + ": no space left on device under " + (out == null ? "the output folder" : out)
                    + "; free some space and run again");
        } else if (damaged != null) {
            err.println(Main.NAME + ": the search index" + (out == null ? "" : " in " + out.resolve("index"))
                    + " is damaged or from another version (" + damaged.getClass().getSimpleName()
                    + "); delete that folder and run 'attache run' again to rebuild it");
        } else {
            err.println(Main.NAME + ": internal error: " + e + " (please report it; run with --debug for details)");
        }
        if (debug(parsed) || "1".equals(System.getenv("ATTACHE_DEBUG"))) {
            e.printStackTrace(err);
        }
        return ExitCodes.FAILED;
    }

    /** "Unknown command: 'serach' (did you mean search?)". */
    static String unknownCommand(String name, Collection<String> known) {
        String hint = Main.TOOLS.containsKey(name)
                ? " (a development tool: run it from the source checkout with ./attache " + name + ")"
                : Suggestions.didYouMean(name, known);
        return "Unknown command: '" + name + "'" + hint;
    }

    /** One line saying which argument does not fit and how. */
    static String message(ParameterException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            if (u.isUnknownOption()) {
                return "Unknown option: '" + arg + "'" + Suggestions.didYouMean(arg, spec.optionsMap().keySet());
            }
            if (!spec.subcommands().isEmpty()) {
                return unknownCommand(arg, spec.subcommands().keySet());
            }
            return "Unexpected argument: '" + arg + "'"
                    + (spec.positionalParameters().isEmpty() ? " (" + spec.name() + " takes no parameters)" : "");
        }
        if (e instanceof OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec option) {
            return "Option '" + option.longestName() + "' should be specified only once";
        }
        if (e instanceof MissingParameterException m && e.getMessage().startsWith("Expected parameter")
                && m.getMissing().get(0) instanceof OptionSpec option) { // the next argument is another option
            return "Missing required parameter for option '" + option.longestName() + "' (" + option.paramLabel() + ")";
        }
        if (e.getArgSpec() instanceof OptionSpec option && option.arity().max() == 0 && e.getValue() != null) {
            return "Option '" + option.longestName() + "' takes no value, got '" + option.longestName() + "="
                    + e.getValue() + "'";
        }
        return e.getMessage();
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

    /** The value of the command's --out option, or null when it has none. */
    private static Path outFolder(CommandLine cl) {
        OptionSpec out = cl.getCommandSpec().findOption("--out");
        return out == null || out.getValue() == null ? null : Path.of(out.getValue().toString());
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
