package org.attache.ingest;

import java.util.Objects;

/**
 * One block of a page on its way to the clean text: a paragraph, heading, list item or quoted
 * paragraph, as a single line of normalised text, with what the source said about it.
 *
 * @param text         the block's text, whitespace collapsed to single spaces
 * @param kind         what the block is
 * @param headingLevel 1-6 for an HTML heading, 0 otherwise
 * @param linkDensity  share of the text inside links (0 for plain text)
 */
record Block(String text, Kind kind, int headingLevel, double linkDensity) {

    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, ATTRIBUTION }

    Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    static Block paragraph(String text) {
        return new Block(text, Kind.PARAGRAPH, 0, 0);
    }

    Block withKind(Kind newKind) {
        return new Block(text, newKind, headingLevel, linkDensity);
    }

    Block withText(String newText) {
        return new Block(newText, kind, headingLevel, linkDensity);
    }

    int words() {
        return TextStats.words(text);
    }
}
