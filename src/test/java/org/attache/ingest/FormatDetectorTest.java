package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.attache.model.SourceFormat;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector();

    @Test
    void htmlIsRecognisedFromContentWhateverTheExtension() {
        assertEquals(SourceFormat.HTML, detector.detect("<!DOCTYPE html><html><body>x</body></html>", "page.txt"));
        assertEquals(SourceFormat.HTML, detector.detect("\n  <html lang=en><p>x", "noext"));
        assertEquals(SourceFormat.HTML, detector.detect("<!-- saved --><html><body>x", "a.md"));
    }

    @Test
    void frontMatterMeansMarkdownWhateverTheExtension() {
        assertEquals(SourceFormat.MARKDOWN, detector.detect("---\ntitle: \"A\"\ndate: '2022-02-25'\n---\nBody", "a.txt"));
    }

    @Test
    void textDumpWithoutMarkupIsText() {
        assertEquals(SourceFormat.TEXT, detector.detect("Menu open icon\n\nNATO warns.", "a.html.txt"));
    }

    @Test
    void extensionBreaksTiesForFragments() {
        assertEquals(SourceFormat.HTML, detector.detect("<p>Short fragment</p>", "frag.html"));
        assertEquals(SourceFormat.TEXT, detector.detect("Less than <p> one tag", "notes.txt"));
        assertEquals(SourceFormat.MARKDOWN, detector.detect("# Heading\n\nText", "notes.md"));
    }

    @Test
    void aHorizontalRuleIsNotFrontMatter() {
        assertEquals(SourceFormat.TEXT, detector.detect("---\nJust a rule line\n---\n", "a.txt"));
    }
}
