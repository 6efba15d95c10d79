package org.attache.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import com.sun.management.OperatingSystemMXBean;

/**
 * A child JVM's entry for {@code attache bench --shards}: {@code RepeatedRun STATS ARGS...} runs the command
 * {@code attache ARGS} twice in one JVM, the first time with {@code --out X} made {@code X-first}, and writes each
 * round's wall and CPU seconds (the whole process's, compiler and collector threads included) to STATS, one line a
 * round. The second round is the command without what a JVM pays once: starting, loading classes, compiling its
 * code (the models are loaded again). Not a command of its own: only the benchmark starts it.
 */
final class RepeatedRun {

    private RepeatedRun() {
    }

    /** The two runs of {@code command}: the first writing to {@code OUT-first}, the second to {@code OUT}. */
    static List<String[]> rounds(String[] command) {
        String[] first = command.clone();
        for (int i = 0; i + 1 < first.length; i++) {
            if (first[i].equals("--out")) {
                first[i + 1] = first[i + 1] + "-first";
            }
        }
        return List.of(first, command.clone());
    }

    public static void main(String[] args) throws IOException {
        Path stats = Path.of(args[0]);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        StringBuilder lines = new StringBuilder();
        int exit = 0;
        String[] command = new String[args.length - 1];
        System.arraycopy(args, 1, command, 0, command.length);
        for (String[] round : rounds(command)) {
            if (exit != 0) {
                break;
            }
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            exit = Main.execute(quiet, err, round);
            lines.append(String.format(Locale.ROOT, "%.3f %.3f%n", (System.nanoTime() - wall) / 1e9,
                    (os.getProcessCpuTime() - cpu) / 1e9));
        }
        Files.writeString(stats, lines);
        System.exit(exit);
    }
}
