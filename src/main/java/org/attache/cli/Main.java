package org.attache.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The front door: {@code attache <command> ...}. Only this class exits the JVM. */
@Command(name = "attache",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Text analysis of defence communiqués: cleans pages, finds actors and quotations, "
                + "indexes them in Lucene and writes CSV reports.")
public final class Main {

    /** The subcommands by name, in the order help lists them. */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("help", CommandLine.HelpCommand::new);
        c.put("run", RunCommand::new);
        c.put("report", ReportCommand::new);
        c.put("bench", BenchCommand::new);
        c.put("clean", CleanCommand::new);
        c.put("train-ner", TrainNerCommand::new);
        c.put("search", SearchCommand::new);
        c.put("stats", StatsCommand::new);
        return Collections.unmodifiableMap(c);
    }

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The configured command line with every subcommand, for tests and help. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The configured command line for these arguments: only the subcommand they name when they name
     * one (picocli's set-up of all eight took a fifth of a second of every start), else all of them
     * (help, usage errors and their suggestions need every name).
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        if (COMMANDS.containsKey(first) && !first.equals("help")) {
            cl.addSubcommand(first, COMMANDS.get(first).get());
        } else {
            COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        ErrorHandler errors = new ErrorHandler();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        return cl;
    }
}
