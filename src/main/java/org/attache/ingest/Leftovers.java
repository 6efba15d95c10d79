package org.attache.ingest;

import java.util.HashSet;
import java.util.Set;

/**
 * The last verdicts once body and head are chosen: what is neither goes as
 * {@link RemovalReason#BEFORE_MAIN_TEXT} or {@link RemovalReason#AFTER_MAIN_TEXT}; headings left at
 * the very end with no body after them go ({@link RemovalReason#HEADING_WITHOUT_BODY}); so do
 * repeats ({@link RemovalReason#DUPLICATE_LINE}, {@link RemovalReason#REPEATED_PARAGRAPH}).
 */
final class Leftovers implements SelectionRule {

    /** Paragraphs at least this long that occur twice in one page are a scraper's copy, not a refrain. */
    private static final int REPEATED_PARAGRAPH_WORDS = 12;

    @Override
    public void apply(PageBlocks page) {
        for (int i = 0; i < page.size(); i++) {
            if (!page.isKept(i) && !page.isRemoved(i)) {
                page.remove(i, i < page.bodyStart() ? RemovalReason.BEFORE_MAIN_TEXT : RemovalReason.AFTER_MAIN_TEXT);
            }
        }
        dropTrailingHeadings(page);
        dropDuplicates(page);
    }

    /** Headings at the very end of the text, with no body after them (accordion or tab headers). */
    private static void dropTrailingHeadings(PageBlocks page) {
        for (int i = page.size() - 1; i >= 0; i--) {
            if (!page.isKept(i)) {
                continue;
            }
            Block b = page.get(i);
            if (TextStats.endsLikeSentence(b.text()) || b.words() > 12 || b.kind() == Block.Kind.ATTRIBUTION
                    || b.kind() == Block.Kind.QUOTE) {
                return;
            }
            page.remove(i, RemovalReason.HEADING_WITHOUT_BODY);
        }
    }

    /**
     * A block repeating the previous kept block, or the headline, is scrape residue (repeated captions,
     * lead lines); so is a long paragraph repeating any earlier one (a page saved with its text twice),
     * which would otherwise count every actor and quotation in it twice.
     */
    private static void dropDuplicates(PageBlocks page) {
        String previous = null;
        Set<String> longSeen = new HashSet<>();
        boolean headlineSeen = false;
        String headlineKey = page.headline().map(TextStats::key).orElse("");
        for (int i = 0; i < page.size(); i++) {
            if (!page.isKept(i)) {
                continue;
            }
            String key = TextStats.key(page.get(i).text());
            if (key.equals(previous) || (!headlineKey.isEmpty() && key.equals(headlineKey) && headlineSeen)) {
                page.remove(i, RemovalReason.DUPLICATE_LINE);
                continue;
            }
            if (page.get(i).words() >= REPEATED_PARAGRAPH_WORDS && !longSeen.add(key)) {
                page.remove(i, RemovalReason.REPEATED_PARAGRAPH);
                continue;
            }
            headlineSeen |= key.equals(headlineKey);
            previous = key;
        }
    }
}
