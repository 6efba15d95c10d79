package org.attache.ingest;

import java.util.List;
import org.attache.model.BlockQuote;
import org.attache.model.Metadata;
import org.attache.model.TextSpan;

/**
 * The result of cleaning one page: the main text (paragraphs separated by blank lines), its
 * metadata, its structure (spans into {@code text}), every removal with its reason, and the
 * metadata candidates the title and date were chosen from.
 */
public record CleanedPage(String text, Metadata metadata, List<TextSpan> paragraphs,
                          List<BlockQuote> blockQuotes, List<Removal> removals, List<MetadataCandidate> candidates,
                          List<Removal> spared) {

    /**
     * @param spared elements a chrome rule named but that were kept because they hold most of the
     *               page's main text, each with the rule that named it ({@code clean --explain})
     */
    public CleanedPage {
        paragraphs = List.copyOf(paragraphs);
        blockQuotes = List.copyOf(blockQuotes);
        removals = List.copyOf(removals);
        candidates = List.copyOf(candidates);
        spared = List.copyOf(spared);
    }

    public CleanedPage(String text, Metadata metadata, List<TextSpan> paragraphs, List<BlockQuote> blockQuotes,
                       List<Removal> removals, List<MetadataCandidate> candidates) {
        this(text, metadata, paragraphs, blockQuotes, removals, candidates, List.of());
    }

    public CleanedPage(String text, Metadata metadata, List<TextSpan> paragraphs, List<BlockQuote> blockQuotes,
                       List<Removal> removals) {
        this(text, metadata, paragraphs, blockQuotes, removals, List.of());
    }

    CleanedPage withCandidates(List<MetadataCandidate> newCandidates) {
        return new CleanedPage(text, metadata, paragraphs, blockQuotes, removals, newCandidates, spared);
    }

    CleanedPage withSpared(List<Removal> newSpared) {
        return new CleanedPage(text, metadata, paragraphs, blockQuotes, removals, candidates, newSpared);
    }
}
