package org.attache.index;

import java.util.List;

/**
 * The answer to a document search.
 *
 * @param total  all documents that match (not only those returned)
 * @param hits   the best {@code limit} of them, best first
 * @param actors actor facet: how many of all matching documents mention each actor, most first
 * @param languages language facet: how many of all matching documents are in each language, most first
 *                  (each {@link FacetCount} labelled with the language code)
 */
public record DocumentResults(long total, List<DocumentHit> hits, List<FacetCount> actors, List<FacetCount> languages) {

    /** Results without a language facet. */
    public DocumentResults(long total, List<DocumentHit> hits, List<FacetCount> actors) {
        this(total, hits, actors, List.of());
    }

    public DocumentResults {
        languages = List.copyOf(languages);
        hits = List.copyOf(hits);
        actors = List.copyOf(actors);
    }
}
