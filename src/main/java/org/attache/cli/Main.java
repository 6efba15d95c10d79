package org.attache.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;

/**
 * The front door: {@code attache <command> ...}, parsed by picocli. Only this class exits the JVM.
 *
 * <p>Only the command the arguments name is built (picocli reads a command's annotations when it is
 * added: all of them cost a tenth of a second at every start); help, usage errors and completion,
 * which need every name, get them all.
 */
@Command(name = Main.NAME, mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Text analysis of defence communiqués: cleans pages, finds actors and quotations, "
                + "indexes them in Lucene and writes CSV reports.",
        synopsisSubcommandLabel = "COMMAND [OPTIONS]", commandListHeading = "%nCommands:%n",
        optionListHeading = "%nOptions:%n", footer = "%nSee 'attache COMMAND --help' for the options of a command.")
public final class Main {

    static final String NAME = "attache";

    /**
     * The benchmark and training commands: compiled from src/tools into their own jar, which the
     * launcher adds to the class path only for them (and for completion, so it knows their options).
     */
    static final Map<String, String> TOOLS = Map.of("bench", "org.attache.cli.BenchCommand",
            "train-ner", "org.attache.cli.TrainNerCommand");

    /** The subcommands by name, in the order help lists them; a tool's supplier gives null without its jar. */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    /** The commands that need all the others. */
    private static final Set<String> NEED_ALL = Set.of("help", "completion");

    private Main() {
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("help", HelpCommand::new);
        c.put("run", RunCommand::new);
        c.put("report", ReportCommand::new);
        c.put("merge", MergeCommand::new);
        c.put("templates", TemplatesCommand::new);
        c.put("bench", () -> tool("bench"));
        c.put("clean", CleanCommand::new);
        c.put("train-ner", () -> tool("train-ner"));
        c.put("search", SearchCommand::new);
        c.put("stats", StatsCommand::new);
        c.put("serve", ServeCommand::new);
        // a lambda, not GenerateCompletion::new: linking a method reference loads the class at every start
        c.put("completion", () -> new AutoComplete.GenerateCompletion());
        return Collections.unmodifiableMap(c);
    }

    public static void main(String[] args) {
        int exit = execute(utf8(System.out), utf8(System.err), args);
        System.exit(exit);
    }

    /** {@code attache ARGS...}, printing to these writers; returns the exit code. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        String first = args.length > 0 ? args[0] : "";
        Supplier<Object> named = NEED_ALL.contains(first) ? null : COMMANDS.get(first);
        Object command = named == null ? null : named.get();
        return execute(command == null ? null : first, command, out, err, args);
    }

    /**
     * As {@link #execute(PrintWriter, PrintWriter, String...)} with {@code command} as the subcommand
     * {@code name} (tests give one made with a test gazetteer), or with every command when null.
     */
    static int execute(String name, Object command, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        if (command != null) {
            cl.addSubcommand(name, command);
        } else {
            COMMANDS.forEach((n, supplier) -> {
                Object c = supplier.get();
                if (c != null) {
                    cl.addSubcommand(n, c);
                }
            });
        }
        // settings reach the subcommands added before them
        cl.setExpandAtFiles(false); // an input may be called @something
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        ErrorHandler errors = new ErrorHandler();
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionExceptionHandler(errors);
        PrintWriter safeOut = TerminalText.safe(out, true);
        PrintWriter safeErr = TerminalText.safe(err, true);
        cl.setOut(safeOut);
        cl.setErr(safeErr);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) { // outside any one document's task (those become rows of errors.csv)
            safeErr.println(NAME + ": out of memory (heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); raise ATTACHE_HEAP and run again");
            return ExitCodes.FAILED;
        } finally {
            safeOut.flush();
            safeErr.flush();
        }
    }

    /** The tool command called {@code name}, or null when its jar is not on the class path. */
    private static Object tool(String name) {
        try {
            return Class.forName(TOOLS.get(name)).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the " + name + " command", e);
        }
    }

    /**
     * The process's stdout or stderr in UTF-8 (what our CSV files and clean texts use, and Java's
     * default from version 18 on), flushed at each line so progress shows as it happens.
     */
    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
