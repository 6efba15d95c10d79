package org.attache.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * What the launcher runs once per build to record the classes of a run, a re-run and a search for
 * Java's class-data sharing archive: {@code ClassDataTraining INPUT_DIR OUTPUT_DIR}. Not a command:
 * its output is of no use to anyone.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        String in = args[0];
        String out = args[1];
        // the writers a real start makes (the launcher discards what they print)
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        for (String[] command : new String[][] {{"run", in, "--out", out, "--quiet"}, {"run", in, "--out", out, "--quiet"},
            {"search", "NATO", "--out", out}}) {
            Main.execute(stdout, stderr, command);
        }
    }
}
