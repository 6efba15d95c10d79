package org.attache.index;

import java.util.List;

/** The answer to a quotation search: all matches counted, the best {@code limit} returned. */
public record QuoteResults(long total, List<QuoteHit> hits) {

    public QuoteResults {
        hits = List.copyOf(hits);
    }
}
