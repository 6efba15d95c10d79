package org.attache.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;

/** Runs the command line in-process, as a user would, capturing what it prints. */
public final class Cli {

    /** An exit code and what went to stdout and stderr. */
    public record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    public static Result attache(String... args) {
        return capture((out, err) -> Main.execute(out, err, args));
    }

    /** One command object (e.g. built with a test gazetteer) with these arguments after its name. */
    static Result run(Object command, String... args) {
        String name = command.getClass().getAnnotation(Command.class).name();
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(List.of(args));
        return capture((out, err) -> Main.execute(name, command, out, err, all.toArray(String[]::new)));
    }

    private static Result capture(BiFunction<PrintWriter, PrintWriter, Integer> execution) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = execution.apply(new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }
}
