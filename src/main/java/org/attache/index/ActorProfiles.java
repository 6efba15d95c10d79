package org.attache.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.attache.index.BrowseResults.ActorProfile;
import org.attache.index.BrowseResults.FacetValue;
import org.attache.index.BrowseResults.Mentioning;

/** Builds the workbench's view of one actor from a point-in-time searcher. */
final class ActorProfiles {

    static final int TOP = 20;
    private static final Set<String> FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.DATE,
            IndexSchema.ANALYSIS_DATA);

    private ActorProfiles() {
    }

    static Optional<ActorProfile> of(IndexBrowser.Searcher s, String name, ActorNames names) throws IOException {
        String canonical = names.resolve(name);
        String key = canonical.toLowerCase(Locale.ROOT);
        Query documents = new BooleanQuery.Builder()
                .add(BrowseQueries.kind(IndexSchema.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.ACTOR, key)), BooleanClause.Occur.FILTER).build();
        FacetsCollector fc = s.search(documents, new FacetsCollectorManager());
        // mentions per document: read from each matching document (the index keeps no per-actor counts)
        List<Mentioning> mentioning = new ArrayList<>();
        long mentions = 0;
        String shown = canonical;
        String type = "";
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            StoredFields stored = md.context.reader().storedFields();
            DocIdSetIterator it = md.bits == null ? null : md.bits.iterator();
            if (it == null) {
                continue;
            }
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                Document d = stored.document(doc, FIELDS);
                int n = 0;
                for (AnalysisRecord.Named m : AnalysisRecord.mentioned(d.getBinaryValue(IndexSchema.ANALYSIS_DATA))) {
                    if (m.actor().toLowerCase(Locale.ROOT).equals(key) && m.type().isActor()) {
                        n++;
                        shown = m.actor();
                        type = m.type().name();
                    }
                }
                mentions += n;
                mentioning.add(new Mentioning(d.get(IndexSchema.ID), IndexBrowser.nonNull(d.get(IndexSchema.TITLE)),
                        IndexBrowser.nonNull(d.get(IndexSchema.DATE)), n));
            }
        }
        mentioning.sort(Comparator.comparingInt(Mentioning::mentions).reversed()
                .thenComparing(Mentioning::date, Comparator.reverseOrder()).thenComparing(Mentioning::document));
        String self = shown;
        List<FacetValue> co = BrowseQueries.facets(s.facets, fc, List.of("actor"), IndexBrowser.FACET_VALUES + 1)
                .get("actor").stream().filter(v -> !v.label().equalsIgnoreCase(self)).limit(IndexBrowser.FACET_VALUES)
                .toList();
        Query by = new BooleanQuery.Builder()
                .add(BrowseQueries.said(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.SPEAKER_ACTOR, key)), BooleanClause.Occur.FILTER).build();
        BooleanQuery.Builder about = new BooleanQuery.Builder()
                .add(BrowseQueries.said(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.SPEAKER_ACTOR, key)), BooleanClause.Occur.MUST_NOT);
        Query named = new QueryBuilder(IndexSchema.analyzer()).createPhraseQuery(IndexSchema.QUOTE, canonical);
        var quotesBy = quotes(s, by);
        var quotesAbout = named == null ? List.<BrowseResults.Quotation>of()
                : quotes(s, about.add(named, BooleanClause.Occur.MUST).build());
        if (mentioning.isEmpty() && quotesBy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ActorProfile(shown, type, mentioning.size(), mentions, BrowseQueries.histogram(fc),
                mentioning.subList(0, Math.min(TOP, mentioning.size())), co, quotesBy, quotesAbout));
    }

    private static List<BrowseResults.Quotation> quotes(IndexBrowser.Searcher s, Query q) throws IOException {
        TopDocs top = s.search(q, TOP, BrowseQueries.sort(BrowseRequest.Order.NEWEST), true);
        return IndexBrowser.quotations(s, top.scoreDocs);
    }
}
