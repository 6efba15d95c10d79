package org.attache.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out} on the commands that read what a run wrote (search, stats, serve). */
final class RunFolderOption {

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder of the run (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("output");
}
