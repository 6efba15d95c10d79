package org.attache.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned document: the main text a reader came for, with its metadata and structure.
 * Every span points into {@link #text()}.
 *
 * @param id          path relative to the corpus root, with '/' separators
 * @param format      the format the raw input was detected as
 * @param metadata    title, date and publisher
 * @param text        the clean text, paragraphs separated by blank lines
 * @param paragraphs  the paragraphs, in reading order: the stages read them and never look for paragraphs again
 * @param blockQuotes quotations set apart from the text, with their attribution lines
 * @param versionKey  what the analysis depends on, for incremental re-runs: at least the SHA-256 (hex) of the
 *                    raw input bytes (the pipeline adds the site templates, the actor lists and the build;
 *                    see pipeline.VersionKey); stored in the index, compared on the next run
 */
public record CleanDocument(String id, SourceFormat format, Metadata metadata, String text,
                       List<TextSpan> paragraphs, List<BlockQuote> blockQuotes, String versionKey) {

    public CleanDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(versionKey, "versionKey");
        paragraphs = List.copyOf(paragraphs);
        blockQuotes = List.copyOf(blockQuotes);
        for (TextSpan p : paragraphs) {
            p.of(text);
        }
    }
}
