package org.attache.ingest;

/**
 * Finds the article body: "good" blocks ({@link BlockShapes#isGood}) are grouped into clusters
 * across small gaps, and the cluster with the most words is the body. Every block inside it that
 * no rule removed is kept (subheadings, short paragraphs), except link lists that introduce no
 * text ({@link RemovalReason#LINK_LIST}). A page that is already the body (a Markdown scrape) is
 * kept from its first good block to its end.
 */
final class MainBody implements SelectionRule {

    /** Longest gap (in blocks and in words of non-good blocks) that still joins two good blocks into one body. */
    private static final int MAX_GAP_BLOCKS = 5;
    private static final int MAX_GAP_WORDS = 60;

    private final boolean bodyOnly;

    MainBody(boolean bodyOnly) {
        this.bodyOnly = bodyOnly;
    }

    @Override
    public void apply(PageBlocks page) {
        int n = page.size();
        boolean anyGood = false;
        for (int i = 0; i < n; i++) {
            page.setGood(i, !page.isRemoved(i) && BlockShapes.isGood(page.get(i)));
            anyGood |= page.isGood(i);
        }
        if (!anyGood) {
            for (int i = 0; i < n; i++) {
                page.setGood(i, !page.isRemoved(i) && BlockShapes.isShortPageSentence(page.get(i)));
                anyGood |= page.isGood(i);
            }
        }
        int[] window = anyGood ? mainCluster(page) : new int[] {0, n - 1};
        int after = window[1] + 1;
        if (anyGood && after < n && !page.isRemoved(after) && BlockShapes.isClosingQuote(page.get(after))) {
            window[1]++;
        }
        if (bodyOnly && anyGood) {
            window = new int[] {firstGood(page), n - 1};
        }
        for (int i = window[0]; i <= window[1] && i < n; i++) {
            if (page.isRemoved(i)) {
                continue;
            }
            Block b = page.get(i);
            if (!page.isGood(i) && b.linkDensity() >= 0.5 && b.kind() != Block.Kind.ATTRIBUTION && !introducesText(page, i)) {
                page.remove(i, RemovalReason.LINK_LIST);
            } else {
                page.keep(i);
            }
        }
        page.setBodyStart(window[0]);
    }

    /** A linked heading followed by unlinked text describing it (a guide's table of contents) is content. */
    private static boolean introducesText(PageBlocks page, int i) {
        if (page.get(i).words() > 12 || TextStats.endsLikeSentence(page.get(i).text())) {
            return false;
        }
        for (int j = i + 1; j < page.size(); j++) {
            if (!page.isRemoved(j)) {
                Block next = page.get(j);
                return next.linkDensity() < 0.2 && next.words() >= 5 && TextStats.endsLikeSentence(next.text());
            }
        }
        return false;
    }

    private static int firstGood(PageBlocks page) {
        for (int i = 0; i < page.size(); i++) {
            if (page.isGood(i)) {
                return i;
            }
        }
        return 0;
    }

    /** The cluster of good blocks with the most words, as [first, last] block indexes. */
    private static int[] mainCluster(PageBlocks page) {
        int bestStart = -1;
        int bestEnd = -1;
        int bestWords = -1;
        int start = -1;
        int end = -1;
        int words = 0;
        int gapBlocks = 0;
        int gapWords = 0;
        for (int i = 0; i < page.size(); i++) {
            if (page.isRemoved(i)) {
                continue;
            }
            if (page.isGood(i)) {
                if (start >= 0 && gapBlocks <= MAX_GAP_BLOCKS && gapWords <= MAX_GAP_WORDS) {
                    end = i;
                    words += page.get(i).words();
                } else {
                    if (words > bestWords) {
                        bestStart = start;
                        bestEnd = end;
                        bestWords = words;
                    }
                    start = i;
                    end = i;
                    words = page.get(i).words();
                }
                gapBlocks = 0;
                gapWords = 0;
            } else if (start >= 0) {
                gapBlocks++;
                gapWords += page.get(i).words();
            }
        }
        if (words > bestWords) {
            bestStart = start;
            bestEnd = end;
        }
        return new int[] {bestStart, bestEnd};
    }
}
