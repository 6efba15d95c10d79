package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attache.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The headline of a news archive dump, read from its opening lines whatever the lines under it say. */
class DumpHeadlinesTest {

    private static final String BODY = "The harbour board voted on Tuesday to spend more on the eastern quay, after two years "
            + "of delays that left ferries waiting outside the port for hours on busy days.\n\n"
            + "Officials said the work would start in the spring and take about eighteen months, with the quay staying "
            + "open to smaller boats during most of that time.\n";

    private static CleanedPage cleanText(String text) {
        CleanedPage page = new Cleaners().forFormat(SourceFormat.TEXT).clean(text, "archive/story.txt");
        CleanedPageAssertions.assertValid(page);
        return page;
    }

    @Test
    void theLineEndingInASemicolonIsTheHeadlineNotTheColumnLabelUnderIt() {
        CleanedPage page = cleanText("Harbour board backs a bigger quay; \nPort Notes.\n\nABSTRACT.\n\n"
                + "The board wants the eastern quay finished before the next summer season.\n\nFULL TEXT.\n\n" + BODY);
        assertEquals("Harbour board backs a bigger quay", page.metadata().title());
        assertTrue(page.text().contains("Port Notes."), "the label stays in the text");
        assertTrue(page.candidates().stream().anyMatch(c -> c.field().equals("title") && c.source().contains("kicker")));
    }

    @Test
    void aHeadlineWithItsOwnSemicolonKeepsItAndTheDeckUnderItIsNotTheTitle() {
        CleanedPage page = cleanText("Board backs quay; ferries wait; \nVote on the funding is due next week.\n\n" + BODY);
        assertEquals("Board backs quay; ferries wait", page.metadata().title());
    }

    @Test
    void aWrappedParagraphBreakingAfterASemicolonIsNoHeadlineOverAKicker() {
        assertTrue(DumpHeadlines.headlineOverKicker("The board met on Tuesday;\nthe vote was close.\n\n" + BODY).isEmpty());
        assertTrue(DumpHeadlines.headlineOverKicker("Harbour board backs a bigger quay;\n\nPort Notes.\n\n" + BODY).isEmpty());
    }

    @Test
    void theOpeningLineBeatsAnAllCapsKickerAndADeckBelowIt() {
        CleanedPage page = cleanText("Storm closes the coastal roads again.\n\nWEATHER WARNING FOR THE WEEKEND.\n\n"
                + "Ferries stay in port until Monday.\n\n" + BODY);
        assertEquals("Storm closes the coastal roads again", page.metadata().title());
    }

    @Test
    void aCreditLineUnderTheHeadlineIsNotTheTitle() {
        CleanedPage page = cleanText("Why Do Farmers Oppose the New Canal Plan?\n\nCo-authored by Ann Example.\n\n" + BODY);
        assertEquals("Why Do Farmers Oppose the New Canal Plan?", page.metadata().title());
        CleanedPage quoted = cleanText("Daily Example: The Canal Plan Is Sinking Fast.\n\n"
                + "From Ann Example writing at The Daily Example:\n\n" + BODY);
        assertEquals("Daily Example: The Canal Plan Is Sinking Fast", quoted.metadata().title());
    }

    @Test
    void aWireLedeUnderTheHeadlineIsNotTheTitle() {
        CleanedPage page = cleanText("The Latest: Harbour board backs a bigger quay.\n\n"
                + "PORTVILLE (AP) — The Latest on the harbour vote (all times local):\n\n4:10 p.m.\n\n" + BODY);
        assertEquals("The Latest: Harbour board backs a bigger quay", page.metadata().title());
    }

    @Test
    void aSiteNameShorterThanTheHeadlineBelowItIsNotTheTitle() {
        CleanedPage page = cleanText("The Portville Evening Courier\n\nHarbour Board Backs A Bigger Quay After Long Talks\n\n" + BODY);
        assertEquals("Harbour Board Backs A Bigger Quay After Long Talks", page.metadata().title());
    }

    @Test
    void aTitleAbbreviationIsNoSentenceEndButTwoShortSentencesStayAHeadline() {
        assertFalse(Headlines.severalSentences("Sen. Ann Example backs the quay, calls it 'overdue.'"));
        assertTrue(Headlines.severalSentences("The board backs the quay. Ferries wait."));
        CleanedPage senator = cleanText("Sen. Ann Example backs the quay, calls it 'overdue.'\n\n" + BODY);
        assertEquals("Sen. Ann Example backs the quay, calls it 'overdue.'", senator.metadata().title());
        CleanedPage twoSentences = cleanText("Quay plans are late. Maybe that is good.\n\n" + BODY);
        assertEquals("Quay plans are late. Maybe that is good", twoSentences.metadata().title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Co-authored by Ann Example.", "Written by Ann Example", "From Ann Example writing at The Daily Example:",
            "PORTVILLE (AP) — The Latest on the harbour vote:", "LISBON (Reuters) - The minister said on Monday"})
    void creditLinesAndWireLedesAreNeverTitles(String line) {
        assertFalse(Headlines.usable(line), line);
    }
}
