package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void readsQuotedFoldedAndEscapedScalars() {
        String page = "---\n"
                + "tags: speeches-remarks\n"
                + "date: '2021-06-14'\n"
                + "title: \"Remarks by President\\_Biden and NATO Secretary General During\\_\\\n"
                + "  Greeting\"\n"
                + "other: \"Nation\\u2019s\\_Cybersecurity\"\n"
                + "plain: Remarks by President Trump Before Bilateral\n"
                + "  Meeting\n"
                + "---\n"
                + "Body text.\n";
        FrontMatter fm = FrontMatter.parse(page);
        assertEquals("2021-06-14", fm.get("date"));
        assertEquals("Remarks by President Biden and NATO Secretary General During Greeting", fm.get("title"));
        assertEquals("Nation’s Cybersecurity", fm.get("other"));
        assertEquals("Remarks by President Trump Before Bilateral Meeting", fm.get("plain"));
        assertEquals("Body text.\n", page.substring(fm.bodyStart()));
    }

    @Test
    void noFrontMatterMeansBodyFromTheStart() {
        FrontMatter fm = FrontMatter.parse("Just text\n");
        assertEquals(0, fm.bodyStart());
        assertEquals("", fm.get("title"));
    }

    @Test
    void unterminatedFrontMatterIsIgnored() {
        assertEquals(0, FrontMatter.parse("---\ntitle: x\nno end").bodyStart());
    }

    @Test
    void commentsAreNotValuesAndInvalidYamlIsReadEntryByEntry() {
        String page = "---\n"
                + "title: Allies agree: new package # draft\n"
                + "summary: Ministers met # not final\n"
                + "published_date: 2025-05-20T00:00:00\n"
                + "tags:\n  - defence\n  - sanctions\n"
                + "---\n"
                + "Body.\n";
        FrontMatter fm = FrontMatter.parse(page);
        assertEquals("Allies agree: new package", fm.get("title"));
        assertEquals("Ministers met", fm.get("summary"));
        assertEquals("2025-05-20T00:00:00", fm.get("published_date"));
        assertEquals("defence, sanctions", fm.get("tags"));
    }
}
