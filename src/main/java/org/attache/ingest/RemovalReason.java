package org.attache.ingest;

import java.util.Locale;

/**
 * Why the main-text selector removed a block, beyond the single-line {@link LineRule}s: the names
 * {@code clean --explain} shows and the tests check, in one place.
 */
enum RemovalReason implements NamedRule {

    /** A line that recurs across many pages of the same site. */
    SITE_TEMPLATE,
    /** A run of three or more short, unpunctuated or link-heavy lines. */
    MENU,
    /** A short name-like line next to the dateline, or between a stated headline and the body. */
    BYLINE,
    /** A link-heavy block inside the body that introduces no text. */
    LINK_LIST,
    /** Before the article body (and not its head). */
    BEFORE_MAIN_TEXT,
    /** After the article body. */
    AFTER_MAIN_TEXT,
    /** Headings at the very end with no body after them (accordion or tab headers). */
    HEADING_WITHOUT_BODY,
    /** A block repeating the previous one or the headline. */
    DUPLICATE_LINE,
    /** A long paragraph the page holds twice. */
    REPEATED_PARAGRAPH,
    /** The front matter's description repeated at the top of the body. */
    FRONT_MATTER_TEASER;

    /** The name {@code clean --explain} shows: kebab case. */
    @Override
    public String ruleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
