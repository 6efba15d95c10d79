package org.attache.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.index.BrowseRequest;
import org.attache.index.BrowseResults;
import org.attache.index.BrowseResults.FacetValue;
import org.attache.index.IndexBrowser;
import org.attache.index.QuerySyntaxException;
import org.attache.model.Analysis;
import org.attache.model.Mention;
import org.attache.serve.Views.ActiveFilter;
import org.attache.serve.Views.FacetLink;
import org.attache.serve.Views.Paging;

/** Builds each page's view from the index: the only place that turns results into links. */
final class Pages {

    /** Facet dimensions of the index and the page parameter each one sets. */
    private static final Map<String, String> PARAM_OF = Map.of("actor", "actor", "actor_type", "type",
            "speaker", "speaker", "publisher", "publisher", "format", "format", "language", "language");
    private static final List<String> FILTERS = List.of("actor", "type", "speaker", "publisher", "format", "language",
            "since", "until");

    private final IndexBrowser index;

    Pages(IndexBrowser index) {
        this.index = index;
    }

    Views.SearchView search(UrlState s) throws IOException {
        BrowseRequest r = Requests.browse(s);
        try {
            BrowseResults.Documents d = index.documents(r);
            List<Views.Hit> hits = d.hits().stream().map(h -> new Views.Hit(h, Marked.snippet(h.snippet()),
                    documentHref(h.document()))).toList();
            return new Views.SearchView(s, "", d.total(), hits, facetLinks(d.facets(), s, "/"), filters(s, "/"),
                    Histogram.of(d.histogram(), s, "/"), paging(s, d.total(), "/"), s.page(1).href("/export/search.csv"),
                    s.with("sort", "").href("/export/report.zip"), s.href("/api/search"));
        } catch (QuerySyntaxException e) {
            return new Views.SearchView(s, "malformed query: " + e.getMessage(), 0, List.of(), Map.of(),
                    filters(s, "/"), Histogram.of(List.of(), s, "/"), paging(s, 0, "/"), "", "", "");
        }
    }

    Views.QuotesView quotes(UrlState s) throws IOException {
        BrowseRequest r = Requests.browse(s);
        try {
            BrowseResults.Quotations q = index.quotations(r);
            return new Views.QuotesView(s, "", q.total(), q.hits(), facetLinks(q.facets(), s, "/quotes"),
                    filters(s, "/quotes"), Histogram.of(q.histogram(), s, "/quotes"), paging(s, q.total(), "/quotes"),
                    s.page(1).href("/export/quotes.csv"), s.href("/api/quotes"));
        } catch (QuerySyntaxException e) {
            return new Views.QuotesView(s, "malformed query: " + e.getMessage(), 0, List.of(), Map.of(),
                    filters(s, "/quotes"), Histogram.of(List.of(), s, "/quotes"), paging(s, 0, "/quotes"), "", "");
        }
    }

    Views.DocumentView document(String id) throws IOException {
        Analysis a = index.document(id).orElseThrow(() -> new BadRequest(404, "no document '" + id + "' in the index"));
        Map<String, Long> counts = new TreeMap<>();
        for (Mention m : a.mentions()) {
            if (m.type().isActor()) {
                counts.merge(m.actor(), 1L, Long::sum);
            }
        }
        List<FacetLink> actors = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new FacetLink(e.getKey(), e.getValue(), actorHref(e.getKey()), false)).toList();
        return new Views.DocumentView(a, DocumentMarkup.pieces(a), actors, a.statements(),
                "/api/document?id=" + UrlState.encode(id), SourceFiles.href(index, id));
    }

    Views.ActorView actor(String name) throws IOException {
        BrowseResults.ActorProfile p = index.actor(name)
                .orElseThrow(() -> new BadRequest(404, "no actor '" + name + "' in the index"));
        UrlState only = new UrlState(Map.of("actor", List.of(p.actor())));
        List<FacetLink> co = p.coMentioned().stream().map(v -> new FacetLink(v.label(), v.count(),
                actorHref(v.label()), false)).toList();
        return new Views.ActorView(p, Histogram.of(p.overTime(), only, "/"), co, only.href("/"),
                only.href("/quotes"), "/api/actor?name=" + UrlState.encode(p.actor()));
    }

    static String documentHref(String id) {
        return Links.document(id);
    }

    static String actorHref(String name) {
        return Links.actor(name);
    }

    private static Map<String, List<FacetLink>> facetLinks(Map<String, List<FacetValue>> facets, UrlState s,
                                                          String path) {
        Map<String, List<FacetLink>> out = new LinkedHashMap<>();
        facets.forEach((dim, values) -> {
            String param = PARAM_OF.get(dim);
            List<FacetLink> links = new ArrayList<>();
            for (FacetValue v : values) {
                boolean many = Requests.REPEATABLE.contains(param);
                boolean active = many ? s.all(param).contains(v.label())
                        : s.get(param).equalsIgnoreCase(v.label());
                UrlState next = many
                        ? (active ? s.minus(param, v.label()) : s.plus(param, v.label()))
                        : s.with(param, active ? "" : v.label());
                links.add(new FacetLink(v.label(), v.count(), next.href(path), active));
            }
            out.put(dim, links);
        });
        return out;
    }

    private static List<ActiveFilter> filters(UrlState s, String path) {
        List<ActiveFilter> out = new ArrayList<>();
        for (String f : FILTERS) {
            for (String v : s.all(f)) {
                out.add(new ActiveFilter(f, v, (Requests.REPEATABLE.contains(f) ? s.minus(f, v) : s.with(f, "")).href(path)));
            }
        }
        return out;
    }

    private static Paging paging(UrlState s, long total, String path) {
        int page = Requests.page(s);
        int pages = (int) Math.min((total + Requests.PAGE_SIZE - 1) / Requests.PAGE_SIZE,
                BrowseRequest.MAX_DEPTH / Requests.PAGE_SIZE);
        return new Paging(page, pages, page > 1 ? s.page(page - 1).href(path) : "",
                page < pages ? s.page(page + 1).href(path) : "");
    }
}
