package org.attache.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process, as a user would, capturing what it prints. */
public final class Cli {

    /** An exit code and what went to stdout and stderr. */
    public record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    public static Result attache(String... args) {
        return run(Main.commandLine(), args);
    }

    public static Result run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
