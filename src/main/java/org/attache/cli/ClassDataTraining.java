package org.attache.cli;

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
        for (String[] command : new String[][] {{"run", in, "--out", out, "--quiet"}, {"run", in, "--out", out, "--quiet"},
            {"search", "NATO", "--out", out}}) {
            Main.execute(Console.system(), command);
        }
    }
}
