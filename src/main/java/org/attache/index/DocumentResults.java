package org.attache.index;

import java.util.List;

/**
 * The answer to a document search.
 *
 * @param total  all documents that match (not only those returned)
 * @param hits   the best {@code limit} of them, best first
 * @param actors actor facet: how many of all matching documents mention each actor, most first
 */
public record DocumentResults(long total, List<DocumentHit> hits, List<ActorCount> actors) {

    public DocumentResults {
        hits = List.copyOf(hits);
        actors = List.copyOf(actors);
    }
}
