package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.attache.model.SourceFormat;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    private static final String BODY = "Officials of the alliance met on Tuesday to review the air defence plan for the eastern flank.";

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> ControlCharacters.isControl((char) c));
    }

    @Test
    void stripKeepsTabAndNewlineTurnsBreaksIntoSpacesAndDropsTheRest() {
        assertEquals("a\tb\nc d[31mred", ControlCharacters.strip("a\tb\nc\rd\u001b[31m\u0007red\u009b"));
        String plain = "nothing to do";
        assertSame(plain, ControlCharacters.strip(plain));
    }

    @Test
    void htmlEntitiesForEscAndBelReachNeitherTextNorMetadata() {
        String html = "<html><head><title>Summit &#x1b;]0;pwned&#7; ends</title>"
                + "<meta property=\"og:site_name\" content=\"The &#x1B;[31mExample&#27;[0m Times\"></head><body><main>"
                + "<h1>Summit &#x1b;]0;pwned&#7; ends</h1><p>" + BODY + " &#x1b;[2J</p>"
                + "<p>\"We are ready&#x1b;[5m,\" the minister said&#13;in a statement to the press on the day.</p></main></body></html>";
        CleanedPage page = new Cleaners().forFormat(SourceFormat.HTML).clean(html, "site/page.html");
        CleanedPageAssertions.assertValid(page);
        assertFalse(hasControl(page.text()), page.text());
        assertFalse(hasControl(page.metadata().title() + page.metadata().publisher()), page.metadata().toString());
        assertEquals("Summit ]0;pwned ends", page.metadata().title());
        assertEquals("The [31mExample[0m Times", page.metadata().publisher());
        assertEquals("Summit ]0;pwned ends\n\n" + BODY + " [2J\n\n"
                + "\"We are ready[5m,\" the minister said in a statement to the press on the day.", page.text());
    }

    @Test
    void yamlEscapesForEscAndBelReachNeitherTextNorMetadata() {
        String md = "---\ntitle: \"Briefing \\x1b[31mred\\a\\u0007\\u009b notes\"\ndate: 2023-04-01\n---\n\n" + BODY + "\n";
        CleanedPage page = new Cleaners().forFormat(SourceFormat.MARKDOWN).clean(md, "brief.md");
        CleanedPageAssertions.assertValid(page);
        assertEquals("Briefing [31mred notes", page.metadata().title());
        assertFalse(hasControl(page.text()));
    }
}
