package org.attache.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs an {@code attache} command in a child JVM with this JVM's options (the launcher's collector, JIT
 * and class-data sharing), measured from outside: wall time, CPU time and peak RSS, read from /proc.
 */
final class ChildJvm {

    private static final Pattern HIGH_WATER_MARK = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    /** Clock ticks per second of /proc/PID/stat (USER_HZ: 100 on every Linux the JDK runs on). */
    private static final double TICKS = 100.0;

    /** What one child run took; {@code cpuSeconds} is 0 where /proc is not there (not Linux). */
    record Measured(double seconds, double cpuSeconds, long peakRssKb) {
    }

    private ChildJvm() {
    }

    /** Runs {@code attache ARGS} with heap limit {@code heap}; fails (exit code 1) when the command fails. */
    static Measured run(String heap, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("-cp", jarOf(Main.class), Main.class.getName()));
        cmd.addAll(args);
        return measure(heap, cmd, args);
    }

    /**
     * Runs {@code attache ARGS} twice in one child JVM ({@link RepeatedRun}); returns both rounds as the child
     * measured them (peak RSS not taken), the second being the command once that JVM is started and warm.
     */
    static List<Measured> runTwice(String heap, List<String> args) throws IOException, InterruptedException {
        Path stats = Files.createTempFile("attache-rounds", ".txt");
        try {
            List<String> cmd = new ArrayList<>(List.of("-cp", jarOf(Main.class) + File.pathSeparator
                    + jarOf(RepeatedRun.class), RepeatedRun.class.getName(), stats.toString()));
            cmd.addAll(args);
            measure(heap, cmd, args);
            return Files.readAllLines(stats).stream().map(line -> line.split(" "))
                    .map(f -> new Measured(Double.parseDouble(f[0]), Double.parseDouble(f[1]), 0)).toList();
        } finally {
            Files.deleteIfExists(stats);
        }
    }

    private static String jarOf(Class<?> c) {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    }

    private static Measured measure(String heap, List<String> classPathAndMain, List<String> args)
            throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx" + heap));
        cmd.addAll(jvmOptions());
        cmd.addAll(classPathAndMain);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long peak = 0;
        double cpu = 0;
        Path proc = Path.of("/proc", Long.toString(p.pid()));
        // often (a re-run lasts half a second) and cheaply (this JVM shares the cores with the one measured)
        while (!p.waitFor(5, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMark(proc.resolve("status")));
            cpu = Math.max(cpu, cpuSeconds(proc.resolve("stat")));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            throw new UserException("benchmark run (" + String.join(" ", args.subList(0, 1)) + ") failed with exit code "
                    + p.exitValue(), ExitCodes.FAILED);
        }
        return new Measured(seconds, cpu, peak);
    }

    /**
     * The -XX and -Xlog options this JVM was started with (the launcher's collector, JIT and
     * class-data sharing), so that the measured run is the one {@code ./attache run} makes; the
     * serial collector if none.
     */
    private static List<String> jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") || a.startsWith("-Xlog:"))
                .filter(a -> !a.startsWith("-XX:StartFlightRecording") && !a.startsWith("-XX:FlightRecorderOptions"))
                .toList();
        return options.isEmpty() ? List.of("-XX:+UseSerialGC") : options;
    }

    private static long highWaterMark(Path status) {
        try {
            Matcher m = HIGH_WATER_MARK.matcher(Files.readString(status));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between two polls, or /proc is not there (not Linux)
        }
    }

    /** User and system time so far (fields 14 and 15, after the command name in parentheses). */
    private static double cpuSeconds(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
