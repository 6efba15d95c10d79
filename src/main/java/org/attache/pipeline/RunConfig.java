package org.attache.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.attache.nlp.actors.ActorLists;
import org.attache.report.CsvStyle;

/**
 * Everything one run needs to know, built once by the CLI.
 *
 * @param inputs   corpus folders or single files
 * @param out      the output folder
 * @param threads  analysis worker threads (at least 1)
 * @param maxBytes inputs larger than this are rejected
 * @param csvStyle default or Excel-friendly CSV
 * @param quiet    no progress or summary on stderr
 * @param docTimeoutSeconds time budget of one document; past it the document is rejected
 * @param actorLists the researcher's actor lists ({@code --actors}), laid over the shipped gazetteer
 * @param keepDuplicates count every file in actors.csv and the charts, duplicates too (default: each story once)
 * @param followLinks read symbolic links whose target lies outside the input folders (else skipped)
 * @param shard    the share of the corpus this run analyses ({@code --shard I/N}); {@link ShardSpec#ALL} for all
 */
public record RunConfig(List<Path> inputs, Path out, int threads, long maxBytes,
                        CsvStyle csvStyle, boolean quiet, long docTimeoutSeconds,
                        ActorLists actorLists, boolean keepDuplicates, boolean followLinks,
                        ShardSpec shard) {

    /** A run over the whole corpus. */
    public RunConfig(List<Path> inputs, Path out, int threads, long maxBytes, CsvStyle csvStyle,
                     boolean quiet, long docTimeoutSeconds, ActorLists actorLists,
                     boolean keepDuplicates, boolean followLinks) {
        this(inputs, out, threads, maxBytes, csvStyle, quiet, docTimeoutSeconds, actorLists, keepDuplicates, followLinks,
                ShardSpec.ALL);
    }

    /** A run that skips symbolic links leaving the input folders. */
    public RunConfig(List<Path> inputs, Path out, int threads, long maxBytes, CsvStyle csvStyle,
                     boolean quiet, long docTimeoutSeconds, ActorLists actorLists,
                     boolean keepDuplicates) {
        this(inputs, out, threads, maxBytes, csvStyle, quiet, docTimeoutSeconds, actorLists, keepDuplicates, false);
    }

    /** A run with the shipped gazetteer only. */
    public RunConfig(List<Path> inputs, Path out, int threads, long maxBytes, CsvStyle csvStyle,
                     boolean quiet, long docTimeoutSeconds, boolean keepDuplicates) {
        this(inputs, out, threads, maxBytes, csvStyle, quiet, docTimeoutSeconds,
                ActorLists.NONE, keepDuplicates);
    }

    /** A run with the researcher's actor lists, counting each story once. */
    public RunConfig(List<Path> inputs, Path out, int threads, long maxBytes, CsvStyle csvStyle,
                     boolean quiet, long docTimeoutSeconds, ActorLists actorLists) {
        this(inputs, out, threads, maxBytes, csvStyle, quiet, docTimeoutSeconds, actorLists, false);
    }

    public static final long DEFAULT_DOC_TIMEOUT_SECONDS = 120;

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Counting each story once. */
    public RunConfig(List<Path> inputs, Path out, int threads, long maxBytes, CsvStyle csvStyle,
                     boolean quiet, long docTimeoutSeconds) {
        this(inputs, out, threads, maxBytes, csvStyle, quiet, docTimeoutSeconds, false);
    }

    public RunConfig {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(actorLists, "actorLists");
        Objects.requireNonNull(shard, "shard");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (docTimeoutSeconds < 1) {
            throw new IllegalArgumentException("docTimeoutSeconds must be positive, got " + docTimeoutSeconds);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
    }
}
