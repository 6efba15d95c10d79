package org.attache.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.pipeline.RunConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The corpus and how to read it, on the commands that read a corpus ({@code run}, {@code templates}): one
 * place for the options and their checks, so that a shard's run and the templates pass read the same files.
 */
final class CorpusOptions {

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Corpus folders (read recursively) or files. Default: corpus/ in the current folder.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "BYTES",
            description = "Reject inputs larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes = RunConfig.DEFAULT_MAX_BYTES;

    @Option(names = "--follow-links",
            description = "Read symbolic links whose target lies outside the input folders (skipped by default).")
    boolean followLinks;

    /** Usage errors in the values, before anything is read or written. */
    void check() {
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, got " + threads, ExitCodes.USAGE);
        }
        if (maxBytes < 1) {
            throw new UserException("--max-bytes must be positive, got " + maxBytes, ExitCodes.USAGE);
        }
    }

    /** The inputs given, or corpus/ in the current folder. */
    List<Path> roots() {
        return inputs.isEmpty() ? List.of(Path.of("corpus")) : inputs;
    }

    /** Whether the corpus is the default one, not named by the user (a missing one gets a hint). */
    boolean defaulted() {
        return inputs.isEmpty();
    }
}
