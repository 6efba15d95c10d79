package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One layout of a document hit's fields for the search command's JSON and the workbench's. */
class DocumentHitTest {

    @Test
    void theFieldsComeInOneOrderWithTheScoreAsTheCallerShowsIt() {
        DocumentHit hit = new DocumentHit("a/1.md", "Grain talks", "2024-03-01", "example.org", 0.12345,
                "the **grain** deal", List.of("Ruvia", "Tomas Kessandri"));
        Map<String, Object> fields = hit.fields(0.123);
        assertEquals(List.of("document", "title", "date", "publisher", "score", "snippet", "actors"),
                List.copyOf(fields.keySet()));
        assertEquals(List.of("a/1.md", "Grain talks", "2024-03-01", "example.org", 0.123, "the **grain** deal",
                List.of("Ruvia", "Tomas Kessandri")), List.copyOf(fields.values()));
    }
}
