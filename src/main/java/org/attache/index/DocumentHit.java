package org.attache.index;

import java.util.List;

/**
 * A ranked document.
 *
 * @param snippet the best passage of the body, whitespace collapsed, matches marked {@code **like this**},
 *                {@code …} where the passage is cut
 * @param actors  the actors it mentions, canonical names, most mentioned first
 */
public record DocumentHit(String document, String title, String date, String publisher, double score,
                          String snippet, List<String> actors) {

    public DocumentHit {
        actors = List.copyOf(actors);
    }
}
