package org.attache.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The hit as one JSON object, keys in the order {@code search --format json} and the workbench's
     * {@code /api/search} both give them; {@code shownScore} is the score as the caller writes it (the
     * workbench rounds it to three places).
     */
    public Map<String, Object> fields(double shownScore) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", document);
        m.put("title", title);
        m.put("date", date);
        m.put("publisher", publisher);
        m.put("score", shownScore);
        m.put("snippet", snippet);
        m.put("actors", actors);
        return m;
    }
}
