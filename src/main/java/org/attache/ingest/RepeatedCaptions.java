package org.attache.ingest;

import java.util.Arrays;

/**
 * Dumps often carry an image's alt-text and then its caption, both starting alike: the block just
 * before a caption that begins with the same words is the same caption.
 */
final class RepeatedCaptions implements SelectionRule {

    private static final int SAME_WORDS = 4;

    @Override
    public void apply(PageBlocks page) {
        for (int i = page.size() - 2; i >= 0; i--) {
            if (!page.isRemoved(i) && page.removedBy(i + 1) == LineRule.CAPTION
                    && leadingWords(page.get(i).text()).equals(leadingWords(page.get(i + 1).text()))) {
                page.remove(i, LineRule.CAPTION);
            }
        }
    }

    private static String leadingWords(String text) {
        String[] words = TextStats.key(text).split(" ");
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(SAME_WORDS, words.length)));
    }
}
