package org.attache.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One view of the workbench: a query, filters from the facets, an order and a page.
 *
 * @param query     Lucene classic syntax, as for {@code search} ({@code ""}: everything)
 * @param actors    actors every hit mentions (any alias)
 * @param actorType an actor type (COUNTRY, ORGANIZATION, PERSON) some actor of the hit has, or ""
 * @param speaker   a speaker (a facet label, or a name or part of it), or ""
 * @param publisher a publisher as in the facet, or ""
 * @param format    a source format as in the facet (text, html, markdown), or ""
 * @param languages languages a hit may be in (codes as in the facet: en, fr, unknown), any of them; empty for all
 * @param since     first day, inclusive
 * @param until     last day, inclusive
 * @param order     how hits are ranked
 * @param offset    hits skipped (paging)
 * @param limit     hits returned
 */
public record BrowseRequest(String query, List<String> actors, String actorType, String speaker, String publisher,
                            String format, List<String> languages, Optional<LocalDate> since, Optional<LocalDate> until, Order order,
                            int offset, int limit) {

    /** How far paging may go: past it, export the CSV. */
    public static final int MAX_DEPTH = 10_000;

    /** Ranking of hits. */
    public enum Order { RELEVANCE, NEWEST, OLDEST }

    public BrowseRequest {
        query = Objects.requireNonNullElse(query, "");
        actors = List.copyOf(actors);
        actorType = Objects.requireNonNullElse(actorType, "");
        speaker = Objects.requireNonNullElse(speaker, "");
        publisher = Objects.requireNonNullElse(publisher, "");
        format = Objects.requireNonNullElse(format, "");
        languages = List.copyOf(languages);
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(order, "order");
        if (offset < 0 || limit < 0 || offset + limit > MAX_DEPTH) {
            throw new IllegalArgumentException("offset and limit must be 0 or more, together at most " + MAX_DEPTH
                    + "; got offset " + offset + " and limit " + limit);
        }
    }

    /** Everything matching {@code query}, best first, the first {@code limit} hits. */
    public static BrowseRequest of(String query, int limit) {
        return new BrowseRequest(query, List.of(), "", "", "", "", List.of(), Optional.empty(), Optional.empty(),
                Order.RELEVANCE, 0, limit);
    }
}
