package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Copies and near-copies of invented stories are grouped; different stories are not; the order never matters. */
class DuplicateGroupsTest {

    private static final String STORY = "NATO allies agreed on Tuesday to strengthen their cyber defences after a "
            + "wave of attacks on hospitals and power grids across Europe. The Secretary General told reporters in "
            + "Brussels that the alliance would not stand by while hospitals were held to ransom. The United States "
            + "and the United Kingdom will lead a new rapid response team, officials said, and allies will report "
            + "on their progress at the next summit in the spring.";
    private static final String EDITED = STORY.replace("on Tuesday", "on Wednesday")
            .replace("power grids", "electricity grids") + " Reporting by a correspondent; editing by a desk editor.";
    private static final String OTHER = "Sanctions on shipping were extended for another year after ministers met "
            + "in Luxembourg. Trade officials said the measures covered insurance, port services and the transfer of "
            + "tankers, and that exemptions for food and medicine would remain in place until the review in autumn.";

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void twoCopiesAndAnEditedCopyAreOneGroupUnderTheEarliest() {
        Map<String, TextFingerprint> prints = new LinkedHashMap<>();
        prints.put("b/copy.txt", TextFingerprint.of(STORY));
        prints.put("a/original.txt", TextFingerprint.of(STORY));
        prints.put("c/edited.txt", TextFingerprint.of(EDITED));
        prints.put("d/other.txt", TextFingerprint.of(OTHER));
        DuplicateGroups groups = DuplicateGroups.of(prints, Map.of("b/copy.txt", day("2023-05-01"),
                "a/original.txt", day("2023-05-02"), "c/edited.txt", day("2023-05-03")));
        assertEquals("", groups.duplicateOf("b/copy.txt"), "the earliest by date is the original, whatever the id");
        assertEquals("b/copy.txt", groups.duplicateOf("a/original.txt"));
        assertEquals("b/copy.txt", groups.duplicateOf("c/edited.txt"));
        assertEquals("", groups.duplicateOf("d/other.txt"));
        assertEquals(2, groups.duplicates());
        assertEquals(Set.of("a/original.txt", "c/edited.txt"), groups.repeatsWithin(groups.grouped()));
        assertEquals(Set.of("c/edited.txt"), groups.repeatsWithin(Set.of("a/original.txt", "c/edited.txt")),
                "in a slice without the original, its first member there counts");
    }

    @Test
    void sameDateOrUndatedFallsBackOnTheId() {
        DuplicateGroups groups = DuplicateGroups.of(Map.of("z.txt", TextFingerprint.of(STORY),
                "y.txt", TextFingerprint.of(STORY), "x.txt", TextFingerprint.of(STORY)), Map.of("z.txt", day("2020-01-01")));
        assertEquals("", groups.duplicateOf("z.txt"), "dated before undated");
        assertEquals("z.txt", groups.duplicateOf("x.txt"));
        assertEquals("z.txt", groups.duplicateOf("y.txt"));
    }

    @Test
    void editedCopiesAreSimilarAndOtherStoriesAreNot() {
        double edited = TextFingerprint.of(STORY).similarity(TextFingerprint.of(EDITED));
        double other = TextFingerprint.of(STORY).similarity(TextFingerprint.of(OTHER));
        assertTrue(edited >= DuplicateGroups.THRESHOLD, "edited copy: " + edited);
        assertTrue(other < 0.1, "another story: " + other);
        assertEquals(1.0, TextFingerprint.of(STORY).similarity(TextFingerprint.of(STORY.toUpperCase())),
                "case and punctuation are not words");
    }

    @Test
    void shortTextsOnlyGroupAsExactCopies() {
        DuplicateGroups groups = DuplicateGroups.of(Map.of("a.txt", TextFingerprint.of("NATO met."),
                "b.txt", TextFingerprint.of("NATO met."), "c.txt", TextFingerprint.of("NATO met again.")), Map.of());
        assertEquals("a.txt", groups.duplicateOf("b.txt"));
        assertEquals("", groups.duplicateOf("c.txt"));
    }

    @Test
    void theGroupsDoNotDependOnTheOrderOfTheDocuments() {
        List<String> ids = new ArrayList<>();
        Map<String, TextFingerprint> prints = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            String id = String.format("doc-%02d.txt", i);
            ids.add(id);
            String text = switch (i % 3) {
                case 0 -> STORY + " Item " + (i % 2) + ".";
                case 1 -> EDITED;
                default -> OTHER + " Variant " + i + " of the notice, published again with a longer note at the end.";
            };
            prints.put(id, TextFingerprint.of(text));
        }
        DuplicateGroups first = DuplicateGroups.of(prints, Map.of());
        Collections.shuffle(ids, new Random(7));
        Map<String, TextFingerprint> shuffled = new LinkedHashMap<>();
        ids.forEach(id -> shuffled.put(id, prints.get(id)));
        DuplicateGroups second = DuplicateGroups.of(shuffled, Map.of());
        for (String id : ids) {
            assertEquals(first.duplicateOf(id), second.duplicateOf(id), id);
        }
        assertEquals(first.grouped(), second.grouped());
    }

    @Test
    void fingerprintsSurviveTheirBytes() {
        TextFingerprint f = TextFingerprint.of(STORY);
        byte[] bytes = f.encode();
        assertEquals(f, TextFingerprint.decode(bytes, 0, bytes.length));
        TextFingerprint shortText = TextFingerprint.of("Too short.");
        byte[] few = shortText.encode();
        assertEquals(shortText, TextFingerprint.decode(few, 0, few.length));
        assertEquals(0, shortText.signature().length);
    }
}
