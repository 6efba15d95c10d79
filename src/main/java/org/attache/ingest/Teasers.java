package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Scrapes often open the body with the page's description (its teaser, cut off with "...") and
 * then give the article in full: the teaser's blocks are dropped when the full text follows.
 */
final class Teasers {

    /** The teaser sits at the top of the body, after at most a heading and a byline. */
    private static final int TEASER_BLOCKS = 8;

    private Teasers() {
    }

    /**
     * Drops the blocks among the first few of the body that are part of {@code description} and come again
     * later (the same block, or a longer one it begins), or that end cut off with "...".
     */
    static List<Block> dropRepeatedDescription(List<Block> blocks, String description, List<Removal> removals) {
        String descriptionKey = TextStats.key(description);
        if (descriptionKey.split(" ").length < 5) {
            return blocks;
        }
        List<Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String key = TextStats.key(b.text());
            boolean partOfDescription = !key.isEmpty() && descriptionKey.contains(key) && b.kind() != Block.Kind.HEADING;
            if (i < TEASER_BLOCKS && partOfDescription && (cutOff(b.text()) || comesAgain(blocks, i, key))) {
                removals.add(new Removal(b.text(), RemovalReason.FRONT_MATTER_TEASER.ruleName()));
                continue;
            }
            kept.add(b);
        }
        return kept;
    }

    private static boolean cutOff(String text) {
        String t = text.strip();
        return t.endsWith("...") || t.endsWith("…");
    }

    private static boolean comesAgain(List<Block> blocks, int index, String key) {
        for (int j = index + 1; j < blocks.size(); j++) {
            String later = TextStats.key(blocks.get(j).text());
            if (later.equals(key) || later.startsWith(key + " ")) {
                return true;
            }
        }
        return false;
    }
}
