package org.attache.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Chooses the main text among a page's blocks, the same way for HTML and for text dumps, by
 * running named rules in order over one {@link PageBlocks} list:
 * <ol>
 *   <li>{@link PullQuotes}: "open/close quote mark" alt-texts make quote and attribution blocks;</li>
 *   <li>{@link ChromeLines}: site templates and {@link LineRule}s remove recognisable chrome;</li>
 *   <li>{@link RepeatedCaptions}: an alt-text repeating the caption below it goes with it;</li>
 *   <li>{@link Menus}: runs of short, unpunctuated lines are navigation;</li>
 *   <li>{@link MainBody}: the largest cluster of sentence blocks is the body, kept whole;</li>
 *   <li>{@link ArticleHead}: the head above the body keeps its headline and standfirst, loses bylines;</li>
 *   <li>{@link Leftovers}: the rest goes as before/after the main text, trailing headings and
 *       duplicates too.</li>
 * </ol>
 * Immutable and thread-safe; every removal names its {@link NamedRule}.
 */
final class MainTextSelector {

    /** What the selector found: the kept blocks in reading order, the removals, and head metadata. */
    record Selection(List<Block> kept, List<Removal> removals, Optional<String> headline, Optional<String> dateline) {
    }

    private final List<SelectionRule> rules;

    /**
     * @param templates the template lines of the page's site
     * @param bodyOnly  true when the input is already the article body (a Markdown scrape): then
     *                  everything from the first sentence on is kept, except what a rule removes
     */
    MainTextSelector(Templates.Site templates, boolean bodyOnly) {
        this.rules = List.of(new PullQuotes(), new ChromeLines(templates), new RepeatedCaptions(), new Menus(),
                new MainBody(bodyOnly), new ArticleHead(), new Leftovers());
    }

    /**
     * @param blocks     the page's blocks in reading order
     * @param knownTitle the title the page's metadata states (HTML, front matter), or empty
     */
    Selection select(List<Block> blocks, String knownTitle) {
        PageBlocks page = new PageBlocks(blocks, knownTitle);
        for (SelectionRule rule : rules) {
            rule.apply(page);
        }
        return page.selection();
    }
}
