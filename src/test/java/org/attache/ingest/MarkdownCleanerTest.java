package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attache.model.SourceFormat;
import org.junit.jupiter.api.Test;

class MarkdownCleanerTest {

    @Test
    void frontMatterGivesMetadataAndResidueGoes() {
        String md = "---\n"
                + "date: '2022-02-25'\n"
                + "source_url: https://www.whitehouse.gov/briefing-room/statements/2022/02/25/statement/\n"
                + "title: \"Statement of the President on the NATO\\_Summit\"\n"
                + "---\n"
                + " \n"
                + "Today I met with fellow leaders from our NATO Allies to discuss our\n"
                + "shared commitment to *collective defense* and [Transatlantic security](https://example.org).\n"
                + "\n"
                + "Today I met with fellow leaders from our NATO Allies to discuss our\n"
                + "shared commitment to *collective defense* and [Transatlantic security](https://example.org).\n"
                + "\n"
                + "As I said yesterday, the United States will defend every inch of NATO\n"
                + "territory.  \n"
                + "Visit the meeting page\n"
                + "\n"
                + "Last review: 3 March 2022\n"
                + "\n"
                + "\\###\n";
        CleanedPage page = new Cleaners().forFormat(SourceFormat.MARKDOWN).clean(md, "wh/statement.md");
        CleanedPageAssertions.assertValid(page);
        assertEquals("Today I met with fellow leaders from our NATO Allies to discuss our shared commitment to collective defense "
                + "and Transatlantic security.\n\nAs I said yesterday, the United States will defend every inch of NATO territory.", page.text());
        assertEquals("Statement of the President on the NATO Summit", page.metadata().title());
        assertEquals("2022-02-25", page.metadata().date());
        assertEquals("whitehouse.gov", page.metadata().publisher());
        assertEquals(RemovalReason.DUPLICATE_LINE.ruleName(), page.removals().stream().filter(r -> r.text().startsWith("Today")).findFirst().orElseThrow().rule());
        assertEquals("markdown-residue", page.removals().stream().filter(r -> r.text().startsWith("Visit")).findFirst().orElseThrow().rule());
        assertEquals("markdown-residue", page.removals().stream().filter(r -> r.text().startsWith("Last review")).findFirst().orElseThrow().rule());
    }

    @Test
    void transcriptEndingsStay() {
        String md = "---\ntitle: Remarks\ndate: 2021-06-14\n---\n\nPRESIDENT BIDEN:  Well, thank you.  And thank you for your incredible\n"
                + "leadership over the years.  I really mean this.\n\nSECRETARY GENERAL STOLTENBERG:  Thank you.\n\n12:32 P.M. CEST\n";
        CleanedPage page = new Cleaners().forFormat(SourceFormat.MARKDOWN).clean(md, "remarks.md");
        CleanedPageAssertions.assertValid(page);
        assertEquals("PRESIDENT BIDEN: Well, thank you. And thank you for your incredible leadership over the years. I really mean this."
                + "\n\nSECRETARY GENERAL STOLTENBERG: Thank you.", page.text());
    }

    @Test
    void theDescriptionRepeatedAsATeaserGoesAndAnyDateKeyIsRead() {
        String md = "---\n"
                + "title: Council agrees new package\n"
                + "published_date: 2025-05-20T00:00:00\n"
                + "description: \"Press office\\n\\nThe Council adopted today a new package of measures against the...\"\n"
                + "---\n\n"
                + "# Council agrees new package\n\n"
                + "The Council adopted today a new package of measures against the...\n\n"
                + "The Council adopted today a new package of measures against the shadow fleet and its operators.\n\n"
                + "The measures enter into force on the day of their publication in the journal.\n"
                + "ab-cd\n";
        CleanedPage page = new Cleaners().forFormat(SourceFormat.MARKDOWN).clean(md, "eu/press.md");
        CleanedPageAssertions.assertValid(page);
        assertEquals("2025-05-20", page.metadata().date());
        assertTrue(page.removals().stream().anyMatch(r -> r.rule().equals(RemovalReason.FRONT_MATTER_TEASER.ruleName())));
        assertTrue(page.removals().stream().anyMatch(r -> r.rule().equals("sign-off") && r.text().equals("ab-cd")));
        assertFalse(page.text().contains("against the..."));
    }

    @Test
    void aSetextHeadingIsAHeading() {
        List<Block> blocks = MarkdownBlocks.split("Allies meet in Vilnius\n=====\n\nLeaders met on Tuesday to agree the plan.\n");
        assertEquals(Block.Kind.HEADING, blocks.get(0).kind());
        assertEquals("Allies meet in Vilnius", blocks.get(0).text());
    }
}
