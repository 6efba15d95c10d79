package org.attache.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.ToIntFunction;

/** Runs the command line in-process, as a user would, capturing what it prints. */
public final class Cli {

    /** An exit code and what went to stdout and stderr. */
    public record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    public static Result attache(String... args) {
        return capture(console -> Main.execute(console, args));
    }

    /** One command object (e.g. built with a test gazetteer) with these arguments. */
    static Result run(Command command, String... args) {
        return capture(console -> Main.run(command, console, List.of(args)));
    }

    private static Result capture(ToIntFunction<Console> execution) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = execution.applyAsInt(new Console(new PrintWriter(out, true), new PrintWriter(err, true)));
        return new Result(exit, out.toString(), err.toString());
    }
}
