package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over a small hand-made index: analysis, syntax, every filter, facets, snippets, quotes, stats. */
class IndexSearchTest {

    static final String COMMUNIQUE = "nato/2021-06-14-communique.html";
    static final String STATEMENT = "wh/2022-02-25-statement.md";
    static final String GUIDE = "ncsc/guide.html";
    static final String NEWS = "news/2020-03-01-attack.txt";

    @TempDir
    static Path tmp;
    static IndexSearch search;
    static IndexSearch withAliases;

    @BeforeAll
    static void buildIndex() throws IOException {
        SampleAnalyses.writeIndex(tmp.resolve("index"), SampleAnalyses.corpus());
        search = IndexSearch.open(tmp.resolve("index"), ActorNames.asTyped());
        withAliases = IndexSearch.open(tmp.resolve("index"), SampleAnalyses.gazetteer());
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
        withAliases.close();
    }

    static List<String> ids(SearchRequest r) throws Exception {
        return search.documents(r).hits().stream().map(DocumentHit::document).toList();
    }

    static List<String> ids(String query) throws Exception {
        return ids(SearchRequest.of(query));
    }

    static Set<String> idSet(String query) throws Exception {
        return Set.copyOf(ids(query));
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() throws Exception {
        assertEquals(Set.of(COMMUNIQUE, STATEMENT), idSet("sanction"), "sanctions / sanctioned");
        assertEquals(Set.of(COMMUNIQUE, NEWS), idSet("attacks"), "attack / attacks");
        assertEquals(Set.of(COMMUNIQUE, NEWS), idSet("ATTACKING"), "case and suffix");
    }

    @Test
    void phraseNeedsTheWordsTogether() throws Exception {
        assertEquals(List.of(COMMUNIQUE), ids("\"Article 5\""));
        assertEquals(Set.of(COMMUNIQUE, GUIDE), idSet("article AND 5"), "the guide has both words apart");
        assertEquals(List.of(COMMUNIQUE), ids("\"cyber attack\""), "phrases are stemmed too");
        assertEquals(List.of(), ids("\"attack cyber\""));
    }

    @Test
    void wordsAreAllRequiredUnlessJoinedWithOr() throws Exception {
        assertEquals(List.of(COMMUNIQUE), ids("russia cyber"));
        assertEquals(List.of(COMMUNIQUE), ids("russia AND cyber"));
        assertEquals(Set.of(COMMUNIQUE, GUIDE, NEWS), idSet("ransomware OR cyber"));
        assertEquals(List.of(NEWS), ids("ransomware NOT kingdom"));
        assertEquals(List.of(NEWS), ids("+ransomware -kingdom"));
    }

    @Test
    void aQueryOfOnlyNegationsMeansEverythingExcept() throws Exception {
        assertEquals(Set.of(GUIDE, NEWS), idSet("-nato"));
        assertEquals(Set.of(GUIDE, NEWS), idSet("NOT nato"));
    }

    @Test
    void wildcardsFuzzyAndFields() throws Exception {
        assertEquals(Set.of(GUIDE, NEWS), idSet("ransom*"));
        assertEquals(Set.of(GUIDE, NEWS), idSet("*somwar*"), "wildcards see stemmed words: ransomware is indexed as ransomwar");
        assertEquals(List.of(NEWS), ids("hospitl~"));
        assertEquals(List.of(STATEMENT), ids("title:ukraine"));
        assertEquals(List.of(), ids("title:russia"), "Russia is only in bodies");
        assertEquals(List.of(GUIDE), ids("publisher:ncsc"));
        assertEquals(List.of(NEWS), ids("document:\"news/2020-03-01-attack.txt\""));
        assertEquals(List.of(COMMUNIQUE), ids("speaker:stoltenberg"));
    }

    @Test
    void everythingMatchesTheEmptyQueryAndStar() throws Exception {
        assertEquals(4, search.documents(SearchRequest.of("")).total());
        assertEquals(4, search.documents(SearchRequest.of("*")).total());
        assertEquals(4, search.documents(SearchRequest.of("*:*")).total());
    }

    @Test
    void equalScoresComeNewestFirstThenUndated() throws Exception {
        assertEquals(List.of(STATEMENT, COMMUNIQUE, NEWS, GUIDE), ids("*"));
    }

    @Test
    void titleMatchesRankAboveBodyMatches() throws Exception {
        // "summit" is only in a title, "statement" only in a title; "ukraine" is in the title and body of one
        // document: a body-only match elsewhere must rank below.
        assertEquals(STATEMENT, ids("ukraine OR brussels").get(0));
    }

    @Test
    void actorFilterUsesCanonicalNamesCaseInsensitively() throws Exception {
        assertEquals(Set.of(COMMUNIQUE, STATEMENT), Set.copyOf(ids(SearchRequest.of("*")
                .withActors("Russia"))));
        assertEquals(ids(SearchRequest.of("*").withActors("Russia")), ids(SearchRequest.of("*").withActors("russia")));
        assertEquals(List.of(STATEMENT), ids(SearchRequest.of("*").withActors("Russia", "united states")));
        assertEquals(List.of(), ids(SearchRequest.of("*").withActors("Brussels")), "places are not actors");
        assertEquals(List.of(), ids(SearchRequest.of("*").withActors("USA")), "no aliases without a gazetteer");
    }

    @Test
    void actorFilterResolvesAliasesThroughActorNames() throws Exception {
        var r = withAliases.documents(SearchRequest.of("*").withActors("USA"));
        assertEquals(List.of(STATEMENT), r.hits().stream().map(DocumentHit::document).toList());
        var alliance = withAliases.documents(SearchRequest.of("*").withActors("the Alliance"));
        assertEquals(2, alliance.total());
        var inQuery = withAliases.documents(SearchRequest.of("actor:USA OR actor:\"the alliance\""));
        assertEquals(2, inQuery.total());
        var quotes = withAliases.quotes(SearchRequest.of("*").withActors("America"));
        assertEquals(List.of("Joe Biden"), quotes.hits().stream().map(QuoteHit::speaker).toList());
    }

    @Test
    void speakerFilterMatchesAnyPartOfTheName() throws Exception {
        assertEquals(List.of(COMMUNIQUE), ids(SearchRequest.of("*").withSpeaker("Stoltenberg")));
        assertEquals(List.of(COMMUNIQUE), ids(SearchRequest.of("*").withSpeaker("jens stoltenberg")));
        assertEquals(List.of(), ids(SearchRequest.of("*").withSpeaker("Stoltenberg Jens")), "word order counts");
        assertEquals(List.of(), ids(SearchRequest.of("russia").withSpeaker("Biden").withActors("NATO")
                .withDates(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))));
        var q = search.quotes(SearchRequest.of("*").withSpeaker("Biden"));
        assertEquals(1, q.total());
        assertEquals("Putin chose this war,", q.hits().get(0).quote());
    }

    @Test
    void dateFiltersAreInclusiveAndDropUndatedDocuments() throws Exception {
        assertEquals(List.of(COMMUNIQUE), ids(SearchRequest.of("*").withDates(LocalDate.of(2021, 6, 14),
                LocalDate.of(2021, 6, 14))));
        assertEquals(List.of(STATEMENT, COMMUNIQUE), ids(SearchRequest.of("*").withDates(LocalDate.of(2021, 1, 1),
                null)));
        assertEquals(List.of(COMMUNIQUE, NEWS), ids(SearchRequest.of("*").withDates(null,
                LocalDate.of(2021, 6, 14))));
        assertEquals(List.of(NEWS), ids("date:2020"));
        assertEquals(List.of(COMMUNIQUE), ids("date:2021-06"));
        assertEquals(List.of(STATEMENT, COMMUNIQUE), ids("date:[2021-01-01 TO 2022-12-31]"));
        assertEquals(List.of(STATEMENT), ids("date:{2021-06-14 TO *]"));
    }

    @Test
    void actorFacetCountsEveryMatchNotOnlyTheShownHits() throws Exception {
        DocumentResults r = search.documents(SearchRequest.of("*").withLimit(1));
        assertEquals(4, r.total());
        assertEquals(1, r.hits().size());
        assertEquals(List.of(new FacetCount("NATO", 2), new FacetCount("Russia", 2), new FacetCount("China", 1),
                new FacetCount("Ukraine", 1), new FacetCount("United Kingdom", 1), new FacetCount("United States", 1)),
                r.actors());
        DocumentResults ransomware = search.documents(SearchRequest.of("ransomware"));
        assertEquals(List.of(new FacetCount("China", 1), new FacetCount("United Kingdom", 1)), ransomware.actors());
        assertEquals(List.of(), search.documents(SearchRequest.of("nothingmatchesthis")).actors());
    }

    @Test
    void hitsCarryMetadataActorsAndAHighlightedSnippet() throws Exception {
        DocumentHit hit = search.documents(SearchRequest.of("\"Article 5\"")).hits().get(0);
        assertEquals("Brussels Summit Communiqué", hit.title());
        assertEquals("2021-06-14", hit.date());
        assertEquals("NATO", hit.publisher());
        assertTrue(hit.score() > 0);
        assertEquals(List.of("NATO", "Russia"), hit.actors(), "most mentioned first, places left out");
        assertTrue(hit.snippet().contains("**Article** **5**") || hit.snippet().contains("**Article 5**"),
                hit.snippet());
        assertFalse(hit.snippet().contains("\n"), hit.snippet());
        DocumentHit statement = search.documents(SearchRequest.of("ukraine")).hits().get(0);
        assertEquals(List.of("United States", "NATO", "Russia", "Ukraine"), statement.actors());
    }

    @Test
    void snippetOfAQueryWithoutBodyTermsIsTheOpening() throws Exception {
        DocumentHit hit = search.documents(SearchRequest.of("title:hackers")).hits().get(0);
        assertTrue(hit.snippet().startsWith("A ransomware attack attributed to China"), hit.snippet());
        assertFalse(hit.snippet().contains("**"), hit.snippet());
    }

    @Test
    void quoteSearchFindsQuotationsWithSpeakerRoleAndDocument() throws Exception {
        QuoteResults r = search.quotes(SearchRequest.of("defending"));
        assertEquals(1, r.total());
        QuoteHit q = r.hits().get(0);
        assertEquals(COMMUNIQUE, q.document());
        assertEquals("Brussels Summit Communiqué", q.title());
        assertEquals("2021-06-14", q.date());
        assertEquals("We will defend every Ally against cyber threats,", q.quote());
        assertEquals("Jens Stoltenberg", q.speaker());
        assertEquals("NATO Secretary General", q.speakerRole());
        assertEquals(0, search.quotes(SearchRequest.of("ransomware")).total(), "quotes search quotes, not bodies");
        assertEquals(2, search.quotes(SearchRequest.of("*")).total());
        assertEquals(1, search.quotes(SearchRequest.of("*").withDates(LocalDate.of(2022, 1, 1), null)).total());
        assertEquals(1, search.quotes(SearchRequest.of("speaker:biden")).total());
    }

    @Test
    void malformedQueriesAreReportedWithTheirColumn() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> search.documents(SearchRequest.of("russia AND")));
        assertEquals(10, e.column());
        assertThrows(QuerySyntaxException.class, () -> search.quotes(SearchRequest.of("body:cyber")),
                "quotations have no body field");
    }

    @Test
    void statsCountTheWholeIndex() throws Exception {
        IndexStats s = search.stats();
        assertEquals(4, s.documents());
        assertEquals(2, s.quotes());
        // communiqué: NATO 2 + Russia 2; statement: 3 US + Russian + Ukraine + NATO; guide 1; news 1 (Brussels is a place)
        assertEquals(4 + 6 + 1 + 1, s.mentions());
        assertEquals(6, s.actors());
        assertEquals(Optional.of("2020-03-01"), s.firstDate());
        assertEquals(Optional.of("2022-02-25"), s.lastDate());
    }

    @Test
    void aFolderWithoutAnIndexSaysSo(@TempDir Path empty) {
        NoIndexException e = assertThrows(NoIndexException.class,
                () -> IndexSearch.open(empty.resolve("index"), ActorNames.asTyped()));
        assertEquals(empty.resolve("index"), e.dir());
        assertThrows(NoIndexException.class, () -> IndexSearch.open(empty, ActorNames.asTyped()));
    }
}
