package org.attache.serve;

import java.util.List;
import java.util.Map;
import org.attache.index.BrowseResults;
import org.attache.index.DocumentHit;
import org.attache.model.Analysis;
import org.attache.model.Statement;

/** What each template is given: plain records, built by {@link Pages}, holding no markup. */
public final class Views {

    private Views() {
    }

    /** A facet's value with the link that filters by it (or, when active, removes the filter). */
    public record FacetLink(String label, long count, String href, boolean active) {
    }

    /** A filter in force, with the link that removes it. */
    public record ActiveFilter(String name, String value, String removeHref) {
    }

    /** Paging: the current page, links to the previous and next (empty when none). */
    public record Paging(int page, int pages, String previous, String next) {
    }

    /** A document hit with its snippet cut into marked pieces. */
    public record Hit(DocumentHit hit, List<Marked> snippet, String href) {
    }

    public record SearchView(UrlState state, String error, long total, List<Hit> hits,
                             Map<String, List<FacetLink>> facets, List<ActiveFilter> filters, Histogram histogram,
                             Paging paging, String csvHref, String reportHref, String apiHref) {
    }

    public record QuotesView(UrlState state, String error, long total, List<BrowseResults.Quotation> hits,
                             Map<String, List<FacetLink>> facets, List<ActiveFilter> filters, Histogram histogram,
                             Paging paging, String csvHref, String apiHref) {
    }

    /**
     * A document: its analysis, the text in pieces, its actors with counts, its transcript turns, the
     * link to its source file (empty when the file is not there).
     */
    public record DocumentView(Analysis analysis, List<DocumentMarkup.Piece> pieces, List<FacetLink> actors,
                               List<Statement> statements, String apiHref, String sourceHref) {
    }

    public record ActorView(BrowseResults.ActorProfile profile, Histogram overTime, List<FacetLink> coMentioned,
                            String searchHref, String quotesHref, String apiHref) {
    }

    public record ErrorView(int status, String message) {
    }
}
