package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attache.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which lines can be titles, and the title of a dump with section labels above its headline. */
class HeadlinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Publié le 3 mars 2021", "Mis à jour le mardi 3 mars 2021 à 10h15", "3. März 2021",
            "Veröffentlicht am 3. März 2021 um 10:15 Uhr", "Stand: 28.04.2020 18:00 Uhr", "Publicado el 3 de marzo de 2021",
            "Pubblicato il 3 marzo 2021", "Tuesday, March 3, 2021 10:15 a.m.", "By Ann Example", "Von Anna Beispiel"})
    void dateLinesAndBylinesAreNeverTitles(String line) {
        assertFalse(Headlines.usable(line), line);
        assertTrue(line.startsWith("By") || line.startsWith("Von") || LineRule.isDateline(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Allies agree new air defence plan", "Le 3 mars, la ministre présente son plan de défense",
            "5 things to know about the summit", "Berlin und Paris einigen sich auf neue Panzer"})
    void headlinesAreUsable(String line) {
        assertTrue(Headlines.usable(line), line);
    }

    private static CleanedPage cleanText(String text) {
        CleanedPage page = new Cleaners().forFormat(SourceFormat.TEXT).clean(text, "dump/page.txt");
        CleanedPageAssertions.assertValid(page);
        return page;
    }

    @Test
    void aFrenchDumpOpeningWithItsDateLineHasNoDateTitleButTheDate() {
        CleanedPage page = cleanText("Publié le 3 mars 2021\n\nLa ministre a présenté mardi un nouveau plan de défense aérienne "
                + "pour les trois prochaines années, selon un communiqué du ministère.\n\nLe plan prévoit l'achat de nouveaux "
                + "systèmes et la formation de plusieurs centaines de militaires, a précisé le ministère.\n");
        assertFalse(page.metadata().title().contains("2021"));
        assertEquals("2021-03-03", page.metadata().date());
    }

    @Test
    void aGermanDayFirstDateLineIsADateNotItemThreeOfAList() {
        CleanedPage page = cleanText("3. März 2021\n\nDie Ministerin hat am Dienstag einen neuen Plan für die Luftverteidigung "
                + "vorgestellt, wie das Ministerium in Berlin mitteilte.\n\nDer Plan sieht den Kauf neuer Systeme und die "
                + "Ausbildung von mehreren hundert Soldaten vor, hieß es weiter.\n");
        assertEquals("", page.metadata().title());
        assertEquals("2021-03-03", page.metadata().date());
        assertFalse(page.text().contains("März 2021"));
    }

    @Test
    void theLineAboveTheBylineIsTheTitleNotASectionLabelAboveIt() {
        String dump = "Example County Herald\n\n   * Home\n   * News\n   * Sports\n   * Jobs\n\nLatest Listings\n\n"
                + "   Three soldiers hurt in convoy attack\n   By ANN EXAMPLE Associated Press Writer\n"
                + "   Article Launched: 11/28/2006 04:15:09 PM PST\n\n"
                + "   KABUL, Afghanistan—A roadside bomb wounded three soldiers in the south of the country on Sunday, "
                + "officials said in a statement released in the capital.\n\n"
                + "   The soldiers were patrolling when the explosion hit their vehicle, the alliance said, and all three "
                + "were taken to a field hospital nearby.\n";
        CleanedPage page = cleanText(dump);
        assertEquals("Three soldiers hurt in convoy attack", page.metadata().title());
        assertEquals("2006-11-28", page.metadata().date());
        assertTrue(page.candidates().stream().anyMatch(c -> c.field().equals("title") && c.source().contains("above the byline")));
    }
}
