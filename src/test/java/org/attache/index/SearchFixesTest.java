package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.Analysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users type finds what they mean: spellings, wildcards on unstemmed words, fuzzy ranking, publishers. */
class SearchFixesTest {

    @TempDir
    static Path tmp;
    static IndexSearch search;

    @BeforeAll
    static void index() throws IOException {
        List<Analysis> docs = List.of(
                SampleAnalyses.analysis("uk.txt", "Defence review", "2021-03-16", "Ministry - EXAMPLE.GOV.UK",
                        "The defence programme funds armoured vehicles. The organisation will analyse threats.",
                        List.of(), List.of()),
                SampleAnalyses.analysis("us.txt", "Defense strategy", "2022-10-27", "Department of Defense",
                        "The defense program buys armored vehicles. The organization analyzed ransomware.",
                        List.of(), List.of()),
                SampleAnalyses.analysis("near.txt", "Securities", "2020-01-01", "Example News",
                        "Securitas markets and securty lapses. Securitas again.", List.of(), List.of()),
                SampleAnalyses.analysis("exact.txt", "Notes", "2019-01-01", "Example News",
                        "Security matters.", List.of(), List.of()));
        SampleAnalyses.writeIndex(tmp.resolve("index"), docs);
        search = IndexSearch.open(tmp.resolve("index"), ActorNames.asTyped());
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    private static List<String> ids(String query) throws Exception {
        return search.documents(SearchRequest.of(query)).hits().stream().map(DocumentHit::document).toList();
    }

    @Test
    void britishAndAmericanSpellingsFindTheSameDocuments() throws Exception {
        for (String[] pair : new String[][] {{"defence", "defense"}, {"programme", "program"}, {"armour", "armor"},
                {"organisation", "organization"}, {"analyse", "analyze"}, {"\"defence programme\"",
                "\"defense program\""}}) {
            assertEquals(ids(pair[0]), ids(pair[1]), pair[0]);
            assertEquals(2, ids(pair[0]).size(), pair[0]);
        }
    }

    @Test
    void wildcardsMatchTheWordsAsWritten() throws Exception {
        assertEquals(List.of("us.txt"), ids("ransom?are"));
        assertEquals(List.of("us.txt"), ids("ransomwa*"));
    }

    @Test
    void fuzzyFindsNearSpellingsAndRanksTheExactWordFirst() throws Exception {
        List<String> hits = ids("security~");
        assertEquals("exact.txt", hits.get(0));
        assertEquals(2, hits.size());
    }

    @Test
    void publisherMatchesAnyPartOfADomainName() throws Exception {
        assertEquals(List.of("uk.txt"), ids("publisher:gov"));
        assertEquals(List.of("uk.txt"), ids("publisher:EXAMPLE.GOV.UK"));
    }
}
