package org.attache.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.attache.cli.args.Arguments;
import org.attache.cli.args.CommandSpec;
import org.attache.cli.args.Suggestions;
import org.attache.cli.args.UsageException;

/**
 * The front door: {@code attache <command> ...}. Only this class exits the JVM.
 *
 * <p>Arguments are parsed by our own small parser ({@code cli.args}) rather than picocli, whose
 * set-up loaded some 800 classes and took 0.15-0.2 s of every start: a third of a re-run.
 */
public final class Main {

    static final String NAME = "attache";

    static final String DESCRIPTION = "Text analysis of defence communiqués: cleans pages, finds actors and "
            + "quotations, indexes them in Lucene and writes CSV reports.";

    /** The subcommands by name, in the order help lists them. */
    static final Map<String, Supplier<Command>> COMMANDS = commands();

    private Main() {
    }

    private static Map<String, Supplier<Command>> commands() {
        Map<String, Supplier<Command>> c = new LinkedHashMap<>();
        c.put("help", HelpCommand::new);
        c.put("run", RunCommand::new);
        c.put("report", ReportCommand::new);
        c.put("bench", BenchCommand::new);
        c.put("clean", CleanCommand::new);
        c.put("train-ner", TrainNerCommand::new);
        c.put("search", SearchCommand::new);
        c.put("stats", StatsCommand::new);
        c.put("serve", ServeCommand::new);
        return Collections.unmodifiableMap(c);
    }

    public static void main(String[] args) {
        Console console = Console.system();
        int exit = execute(console, args);
        console.out().flush();
        console.err().flush();
        System.exit(exit);
    }

    /** {@code attache ARGS...}: runs the command the first argument names; returns the exit code. */
    static int execute(Console console, String... args) {
        if (args.length == 0) {
            return ErrorHandler.usage("Missing required subcommand", "", console.err());
        }
        String first = args[0];
        Supplier<Command> command = COMMANDS.get(first);
        if (command != null) {
            return run(command.get(), console, List.of(args).subList(1, args.length));
        }
        if (CommandSpec.HELP.names().contains(first)) {
            console.out().print(overview());
            return ExitCodes.OK;
        }
        if (CommandSpec.VERSION.names().contains(first)) {
            console.out().println(versionLine());
            return ExitCodes.OK;
        }
        String problem = first.startsWith("-")
                ? "Unknown option: '" + first + "'" + Suggestions.didYouMean(first, List.of("--help", "--version"))
                : "Unknown command: '" + first + "'" + Suggestions.didYouMean(first, COMMANDS.keySet());
        return ErrorHandler.usage(problem, "", console.err());
    }

    /** One command with its arguments: parsed and checked first, then help, version or the command itself. */
    static int run(Command command, Console console, List<String> args) {
        CommandSpec spec = command.spec();
        Arguments parsed;
        try {
            parsed = Arguments.parse(spec, args);
        } catch (UsageException e) {
            return ErrorHandler.usage(e.getMessage(), spec.name(), console.err());
        }
        if (parsed.flag(CommandSpec.HELP)) {
            console.out().print(Help.of(spec));
            return ExitCodes.OK;
        }
        if (parsed.flag(CommandSpec.VERSION)) {
            console.out().println(versionLine());
            return ExitCodes.OK;
        }
        try {
            return command.call(parsed, console);
        } catch (Exception e) {
            return ErrorHandler.failure(e, parsed, console.err());
        } catch (OutOfMemoryError e) { // outside any one document's task (those become rows of errors.csv)
            console.err().println(NAME + ": out of memory (heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); raise ATTACHE_HEAP and run again");
            return ExitCodes.FAILED;
        } finally {
            console.out().flush();
            console.err().flush();
        }
    }

    /** {@code attache --version}. */
    private static String versionLine() {
        return NAME + " " + VersionProvider.version();
    }

    /** {@code attache --help}. */
    static String overview() {
        return Help.overview(DESCRIPTION, COMMANDS.values().stream().map(c -> c.get().spec()).toList());
    }
}
