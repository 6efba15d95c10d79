package org.attache.serve;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.index.BrowseResults;
import org.attache.index.DocumentHit;
import org.attache.model.Analysis;

/** The JSON answers of {@code /api/...}: the same data as the pages, as plain maps and lists. */
final class JsonApi {

    private static final JSON JSON_WRITER = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    private JsonApi() {
    }

    static String write(Object value) throws IOException {
        return JSON_WRITER.asString(value);
    }

    static Map<String, Object> error(String message) {
        return object("error", message);
    }

    /**
     * A JSON object whose keys come out in the order given ({@code Map.of} iterates in an order that
     * changes from one JVM to the next, and clients and tests read answers that should not).
     */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static Map<String, Object> search(Views.SearchView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", v.total());
        m.put("page", v.paging().page());
        m.put("hits", v.hits().stream().map(h -> hit(h.hit())).toList());
        m.put("facets", facets(v.facets()));
        m.put("histogram", histogram(v.histogram()));
        return m;
    }

    static Map<String, Object> quotes(Views.QuotesView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", v.total());
        m.put("page", v.paging().page());
        m.put("hits", v.hits().stream().map(JsonApi::quotation).toList());
        m.put("facets", facets(v.facets()));
        m.put("histogram", histogram(v.histogram()));
        return m;
    }

    static Map<String, Object> document(Views.DocumentView v) {
        Analysis a = v.analysis();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", a.document().id());
        m.put("title", a.document().metadata().title());
        m.put("date", a.document().metadata().date());
        m.put("publisher", a.document().metadata().publisher());
        m.put("format", a.document().format().name().toLowerCase(Locale.ROOT));
        m.put("words", a.words());
        m.put("text", a.document().text());
        m.put("actors", v.actors().stream().map(f -> object("actor", f.label(), "mentions", f.count())).toList());
        m.put("mentions", a.mentions().stream().filter(x -> x.type().isActor()).map(x -> object("start",
                x.span().start(), "end", x.span().end(), "text", x.text(), "actor", x.actor(), "actor_type",
                x.type().name())).toList());
        m.put("quotes", a.quotes().stream().map(q -> object("start", q.span().start(), "end", q.span().end(),
                "quote", q.text(), "speaker", q.speaker(), "speaker_role", q.speakerRole())).toList());
        m.put("statements", a.statements().stream().map(s -> object("start", s.span().start(), "end",
                s.span().end(), "speaker", s.speaker(), "speaker_role", s.speakerRole())).toList());
        m.put("source", v.sourceHref());
        return m;
    }

    static Map<String, Object> actor(Views.ActorView v) {
        BrowseResults.ActorProfile p = v.profile();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actor", p.actor());
        m.put("actor_type", p.type());
        m.put("documents", p.documents());
        m.put("mentions", p.mentions());
        m.put("over_time", p.overTime().stream().map(JsonApi::bucket).toList());
        m.put("top_documents", p.topDocuments().stream().map(d -> object("document", d.document(), "title", d.title(),
                "date", d.date(), "mentions", d.mentions())).toList());
        m.put("co_mentioned", p.coMentioned().stream().map(f -> object("actor", f.label(), "documents", f.count()))
                .toList());
        m.put("quotes_by", p.quotesBy().stream().map(JsonApi::quotation).toList());
        m.put("quotes_about", p.quotesAbout().stream().map(JsonApi::quotation).toList());
        return m;
    }

    private static Map<String, Object> hit(DocumentHit h) {
        return h.fields(Math.round(h.score() * 1000) / 1000.0);
    }

    private static Map<String, Object> quotation(BrowseResults.Quotation q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", q.document());
        m.put("title", q.title());
        m.put("date", q.date());
        m.put("quote", q.quote());
        m.put("speaker", q.speaker());
        m.put("speaker_role", q.speakerRole());
        m.put("context", q.context());
        m.put("score", Math.round(q.score() * 1000) / 1000.0);
        return m;
    }

    private static Map<String, Object> facets(Map<String, List<Views.FacetLink>> facets) {
        Map<String, Object> m = new LinkedHashMap<>();
        facets.forEach((dim, links) -> m.put(dim, links.stream().map(l -> object("value", l.label(), "count",
                l.count())).toList()));
        return m;
    }

    private static List<Object> histogram(Histogram h) {
        return h.buckets().stream().map(b -> (Object) bucket(b)).toList();
    }

    private static Map<String, Object> bucket(BrowseResults.Bucket b) {
        return object("from", b.from().toString(), "to", b.to().toString(), "count", b.count());
    }
}
