package org.attache.report;

import org.attache.index.ActorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportFilterTest {

    @Test
    void datesMayBeDaysMonthsOrYears() {
        assertEquals(LocalDate.of(2021, 1, 1), ReportFilter.startOf("2021"));
        assertEquals(LocalDate.of(2021, 12, 31), ReportFilter.endOf("2021"));
        assertEquals(LocalDate.of(2024, 2, 1), ReportFilter.startOf("2024-02"));
        assertEquals(LocalDate.of(2024, 2, 29), ReportFilter.endOf("2024-02"));
        assertEquals(LocalDate.of(2022, 6, 29), ReportFilter.endOf("2022-06-29"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFilter.startOf("June"));
        assertTrue(e.getMessage().contains("2021-06-14, 2021-06 or 2021"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportFilter.endOf("2021-13"));
    }

    @Test
    void anEmptyFilterSelectsEverything() {
        assertNull(ReportFilter.ALL.toQuery(ActorNames.asTyped()));
        assertEquals("all documents", ReportFilter.ALL.describe());
        assertTrue(new ReportFilter("  ", List.of(" "), Optional.empty(), Optional.empty()).isAll());
    }

    @Test
    void describesAndNamesASlice() {
        ReportFilter f = new ReportFilter("cyber attack", List.of("Russia", "NATO"),
                Optional.of(LocalDate.of(2021, 1, 1)), Optional.of(LocalDate.of(2022, 12, 31)));
        assertEquals("documents matching query \u201ccyber attack\u201d \u00b7 actors Russia and NATO \u00b7 from 2021-01-01 "
                + "\u00b7 until 2022-12-31", f.describe());
        assertEquals("query-cyber-attack_actor-russia_actor-nato_since-2021-01-01_until-2022-12-31", f.slug());
        String query = f.toQuery(ActorNames.asTyped()).toString();
        assertTrue(query.contains("#actor:russia") && query.contains("#actor:nato"), query);
        assertTrue(query.contains("date_day:[18628 TO 19357]"), query);
        ReportFilter longOne = new ReportFilter("x".repeat(200), List.of(), Optional.empty(), Optional.empty());
        assertEquals(80, longOne.slug().length());
        assertEquals("actor-sao-tome-and-principe", new ReportFilter("", List.of("São Tomé and Príncipe"),
                Optional.empty(), Optional.empty()).slug());
        String north = new ReportFilter("北约", List.of(), Optional.empty(), Optional.empty()).slug();
        String south = new ReportFilter("南约", List.of(), Optional.empty(), Optional.empty()).slug();
        assertTrue(north.matches("query-[0-9a-f]{8}"), north);
        assertTrue(!north.equals(south), "different slices, different folders");
    }

    @Test
    void badQueriesAndRangesAreClearErrors() {
        ReportFilter f = new ReportFilter("title:(nato", List.of(), Optional.empty(), Optional.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.toQuery(ActorNames.asTyped()));
        assertTrue(e.getMessage().contains("'(' is never closed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReportFilter("", List.of(),
                Optional.of(LocalDate.of(2022, 1, 1)), Optional.of(LocalDate.of(2021, 1, 1))));
    }
}
