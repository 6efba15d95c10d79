package org.attache.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: {@code --help}, {@code --version}, {@code --debug}, the layout of
 * its help, and the writers it prints to (the command line's, so tests capture them). A command
 * reports problems by throwing ({@link UserException} for what the user can fix); only
 * {@link Main#main} exits.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        abbreviateSynopsis = true, parameterListHeading = "%nParameters:%n", optionListHeading = "%nOptions:%n")
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", order = Integer.MAX_VALUE - 1,
            description = "Show stack traces of internal errors (or set ATTACHE_DEBUG=1).")
    boolean debug;

    /** Where results go (stdout, or what a test captures). */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where progress and messages go (stderr, or what a test captures). */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
