package org.attache.index;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the workbench shows for one {@link BrowseRequest}: hits of one page, facets and histogram over all matches. */
public final class BrowseResults {

    private BrowseResults() {
    }

    /** A facet value and how many matches have it. */
    public record FacetValue(String label, long count) {
    }

    /** Matches dated within [from, to]; {@code label} names the day, month or year. */
    public record Bucket(LocalDate from, LocalDate to, String label, long count) {
    }

    /** Documents: total, one page of hits, facet counts by dimension (actor, actor_type, publisher, ...), histogram. */
    public record Documents(long total, List<DocumentHit> hits, Map<String, List<FacetValue>> facets,
                            List<Bucket> histogram) {
        public Documents {
            hits = List.copyOf(hits);
            facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
            histogram = List.copyOf(histogram);
        }
    }

    /** A quotation with the sentence around it in its document. */
    public record Quotation(String document, String title, String date, String quote, String speaker,
                            String speakerActor, String speakerRole, String context, float score) {
    }

    /** Quotations: total, one page, speaker facet, histogram. */
    public record Quotations(long total, List<Quotation> hits, Map<String, List<FacetValue>> facets,
                             List<Bucket> histogram) {
        public Quotations {
            hits = List.copyOf(hits);
            facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
            histogram = List.copyOf(histogram);
        }
    }

    /**
     * Where a document of the index was read from: its format and the absolute path the run recorded
     * (empty for a document indexed before paths were recorded).
     */
    public record Source(String document, String format, String path) {
    }

    /** A document that mentions an actor, with how often. */
    public record Mentioning(String document, String title, String date, int mentions) {
    }

    /** An actor across the index. */
    public record ActorProfile(String actor, String type, long documents, long mentions, List<Bucket> overTime,
                               List<Mentioning> topDocuments, List<FacetValue> coMentioned, List<Quotation> quotesBy,
                               List<Quotation> quotesAbout) {
    }
}
