package org.attache.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The front door: {@code attache <command> ...}. Only this class exits the JVM. */
@Command(name = "attache",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Text analysis of defence communiqués: cleans pages, finds actors and quotations, "
                + "indexes them in Lucene and writes CSV reports.",
        subcommands = {
                CommandLine.HelpCommand.class,
                RunCommand.class,
                ReportCommand.class,
                BenchCommand.class,
                CleanCommand.class,
                TrainNerCommand.class,
                SearchCommand.class,
                StatsCommand.class,
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        ErrorHandler errors = new ErrorHandler();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        return cl;
    }
}
