package org.attache.index;

import java.util.Optional;

/**
 * What an index holds.
 *
 * @param documents documents
 * @param quotes    quotations
 * @param mentions  actor mentions (places that are only places not counted)
 * @param actors    distinct actors
 * @param firstDate the earliest document date, if any document is dated
 * @param lastDate  the latest document date
 */
public record IndexStats(long documents, long quotes, long mentions, int actors, Optional<String> firstDate,
                         Optional<String> lastDate) {
}
