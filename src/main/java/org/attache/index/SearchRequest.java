package org.attache.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One search: a query in Lucene's classic syntax and filters that narrow it.
 *
 * @param query   the query ({@code ""} or {@code *}: everything)
 * @param actors  actors every hit must mention (any alias; resolved through {@link ActorNames})
 * @param speaker a speaker the hit must quote (documents) or be by (quotations)
 * @param since   first day (inclusive) of the hit's date
 * @param until   last day (inclusive) of the hit's date
 * @param limit   how many ranked hits to return (facets and totals always cover all hits)
 * @param languages languages a hit may be in (codes as in documents.csv), any of them; empty for all
 */
public record SearchRequest(String query, List<String> actors, Optional<String> speaker, Optional<LocalDate> since,
                            Optional<LocalDate> until, int limit, List<String> languages) {

    /** A request in every language. */
    public SearchRequest(String query, List<String> actors, Optional<String> speaker, Optional<LocalDate> since,
                         Optional<LocalDate> until, int limit) {
        this(query, actors, speaker, since, until, limit, List.of());
    }

    public SearchRequest {
        languages = List.copyOf(languages);
        query = Objects.requireNonNullElse(query, "");
        actors = List.copyOf(actors);
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
    }

    /** The query alone, ten hits. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), 10);
    }

    public SearchRequest withActors(String... names) {
        return new SearchRequest(query, List.of(names), speaker, since, until, limit);
    }

    public SearchRequest withSpeaker(String name) {
        return new SearchRequest(query, actors, Optional.of(name), since, until, limit);
    }

    public SearchRequest withDates(LocalDate from, LocalDate to) {
        return new SearchRequest(query, actors, speaker, Optional.ofNullable(from), Optional.ofNullable(to), limit);
    }

    public SearchRequest withLanguages(String... codes) {
        return new SearchRequest(query, actors, speaker, since, until, limit, List.of(codes));
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, actors, speaker, since, until, n);
    }
}
