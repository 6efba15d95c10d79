package org.attache.ingest;

import java.util.List;
import org.attache.model.BlockQuote;
import org.attache.model.Metadata;
import org.attache.model.TextSpan;

/**
 * The result of cleaning one page: the main text (paragraphs separated by blank lines), its
 * metadata, its structure (spans into {@code text}) and every removal with its reason.
 */
public record CleanedPage(String text, Metadata metadata, List<TextSpan> paragraphs,
                          List<BlockQuote> blockQuotes, List<Removal> removals) {

    public CleanedPage {
        paragraphs = List.copyOf(paragraphs);
        blockQuotes = List.copyOf(blockQuotes);
        removals = List.copyOf(removals);
    }
}
