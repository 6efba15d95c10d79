package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    static final List<String> COMMANDS = List.of("help", "run", "report", "bench", "clean", "train-ner", "search",
            "stats");

    @Test
    void typosFindTheNameMeant() {
        assertEquals(List.of("search"), Suggestions.similar("serach", COMMANDS));
        assertEquals(List.of("report"), Suggestions.similar("reprot", COMMANDS));
        assertEquals(List.of("stats"), Suggestions.similar("stat", COMMANDS));
        assertEquals(List.of("--out"), Suggestions.similar("--outt", List.of("--out", "--quiet")));
        assertEquals(List.of("--out"), Suggestions.similar("--outt=x", List.of("--out", "--quiet")));
    }

    @Test
    void farNamesAreNotSuggested() {
        assertEquals(List.of(), Suggestions.similar("index", COMMANDS));
        assertEquals("", Suggestions.didYouMean("--zzz", List.of("--out", "--help")));
        assertEquals(" (did you mean run?)", Suggestions.didYouMean("rn", COMMANDS));
    }

    @Test
    void distanceCountsSwapsAsOneEdit() {
        assertEquals(1, Suggestions.distance("serach", "search"));
        assertEquals(0, Suggestions.distance("run", "run"));
        assertEquals(3, Suggestions.distance("", "run"));
        assertEquals(1, Suggestions.distance("runs", "run"));
    }
}
