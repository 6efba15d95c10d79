package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the article head backwards from the body: datelines and bylines go
 * ({@link RemovalReason#BYLINE}), a standfirst, section labels and highlight bullets stay, and the
 * headline is kept and ends the head. Three ways to find the headline, tried in order: the title
 * the page states, a heading-like line above a dateline, the nearest heading-like line.
 */
final class ArticleHead implements SelectionRule {

    /** Most short lines that may sit between a stated headline and the body (publisher, byline, section). */
    private static final int MAX_HEAD_LINES = 3;
    /** How many lines (not counting removed chrome) above the body a headline with its dateline is looked for. */
    private static final int HEAD_REACH = 8;

    @Override
    public void apply(PageBlocks page) {
        page.setHeadline(readHead(page, page.bodyStart(), page.knownTitle()));
    }

    private static String readHead(PageBlocks page, int bodyStart, String knownTitle) {
        String titleKey = TextStats.key(knownTitle);
        String stated = titleKey.isEmpty() ? headlineAboveDateline(page, bodyStart) : statedHeadlineAbove(page, bodyStart, titleKey);
        if (stated != null) {
            return stated;
        }
        int standfirst = -1;
        for (int i = bodyStart - 1; i >= 0; i--) {
            Block b = page.get(i);
            if (page.isRemoved(i)) {
                // chrome inside the head (datelines, share rows, captions) is passed over; a menu ends the head
                if (page.removedBy(i) == RemovalReason.MENU) {
                    return standfirstAsHeadline(page, standfirst);
                }
                continue;
            }
            String key = TextStats.key(b.text());
            if (!titleKey.isEmpty() && (key.equals(titleKey) || titleKey.startsWith(key) && key.length() > titleKey.length() / 2)) {
                page.keep(i);
                return b.text();
            }
            if (isByline(page, i)) {
                page.remove(i, RemovalReason.BYLINE);
                continue;
            }
            if (BlockShapes.isLabel(b) || BlockShapes.isHighlight(b)) {
                page.keep(i);
                continue;
            }
            if (b.words() <= 4 && !TextStats.endsLikeSentence(b.text()) && i + 1 < page.size() && page.isKept(i + 1)
                    && BlockShapes.isHighlight(page.get(i + 1))) {
                // the heading of the highlight bullets
                page.keep(i);
                continue;
            }
            if (titleKey.isEmpty() && isTopLine(page, i)) {
                page.keep(i);
                return b.text();
            }
            if (standfirst < 0 && BlockShapes.isStandfirst(b)) {
                page.keep(i);
                standfirst = i;
                continue;
            }
            if (BlockShapes.isHeadingLike(b)) {
                if (!titleKey.isEmpty() && b.headingLevel() != 1) {
                    // The page states its title and this heading is not it: a section name.
                    return standfirstAsHeadline(page, standfirst);
                }
                page.keep(i);
                return b.text();
            }
            return standfirstAsHeadline(page, standfirst);
        }
        return standfirstAsHeadline(page, standfirst);
    }

    /**
     * The page states its title and the block holding it sits just above the body, past at most a
     * few short lines (a publisher name, a byline) and a standfirst: those short lines are the
     * byline, the standfirst stays. Null when the stated title is not there.
     */
    private static String statedHeadlineAbove(PageBlocks page, int bodyStart, String titleKey) {
        List<Integer> between = new ArrayList<>();
        for (int i = bodyStart - 1; i >= 0 && between.size() <= MAX_HEAD_LINES; i--) {
            if (page.isRemoved(i)) {
                if (page.removedBy(i) == RemovalReason.MENU) {
                    return null;
                }
                continue;
            }
            Block b = page.get(i);
            if (TextStats.key(b.text()).equals(titleKey)) {
                page.keep(i);
                for (int j : between) {
                    if (BlockShapes.isStandfirst(page.get(j))) {
                        page.keep(j);
                    } else {
                        page.remove(j, RemovalReason.BYLINE);
                    }
                }
                return b.text();
            }
            boolean shortLine = b.words() <= 8 && !TextStats.endsLikeSentence(b.text());
            if (!shortLine && !BlockShapes.isStandfirst(b)) {
                return null;
            }
            between.add(i);
        }
        return null;
    }

    /**
     * A heading-like line directly above a dateline (past at most a byline) is the headline, whatever
     * lies between it and the body: repeated headlines, photo captions, share rows. Standfirsts
     * in between stay. Null when no such line is within reach.
     */
    private static String headlineAboveDateline(PageBlocks page, int bodyStart) {
        int passed = 0;
        for (int i = bodyStart - 1; i >= 0 && passed <= HEAD_REACH; i--) {
            if (page.removedBy(i) == RemovalReason.MENU) {
                return null;
            }
            passed += page.isRemoved(i) ? 0 : 1;
            if (page.isRemoved(i) || !(BlockShapes.isHeadingLike(page.get(i)) || isTopLine(page, i)) || isByline(page, i)) {
                continue;
            }
            int next = i + 1;
            if (next < bodyStart && (removedAsByline(page, next) || !page.isRemoved(next) && isByline(page, next))) {
                next++;
            }
            if (next < bodyStart && page.removedBy(next) == LineRule.DATELINE) {
                page.keep(i);
                String headlineKey = TextStats.key(page.get(i).text());
                for (int j = i + 1; j < bodyStart; j++) {
                    if (!page.isRemoved(j) && isByline(page, j)) {
                        page.remove(j, RemovalReason.BYLINE);
                    } else if (!page.isRemoved(j) && BlockShapes.isStandfirst(page.get(j))
                            && !TextStats.key(page.get(j).text()).equals(headlineKey)) {
                        page.keep(j);
                    }
                }
                return page.get(i).text();
            }
        }
        return null;
    }

    /**
     * The first line of a page, short, and with body text below: a dump's headline even when it is
     * written in sentence case and ends with a full stop ("Leaders weigh new plans.").
     */
    private static boolean isTopLine(PageBlocks page, int i) {
        for (int j = 0; j < i; j++) {
            if (!page.isRemoved(j)) {
                return false;
            }
        }
        Block b = page.get(i);
        return b.words() >= 3 && b.words() <= 25 && b.linkDensity() < 0.5 && b.kind() != Block.Kind.LIST_ITEM
                && b.kind() != Block.Kind.QUOTE;
    }

    /** With nothing above it, what looked like a standfirst is the headline, unless it is a sentence. */
    private static String standfirstAsHeadline(PageBlocks page, int standfirst) {
        if (standfirst < 0) {
            return null;
        }
        Block b = page.get(standfirst);
        return BlockShapes.isHeadingLike(b) && !BlockShapes.endsWithStop(b.text()) ? b.text() : null;
    }

    /** A short name-like line right next to a dateline ("Our Foreign Staff" above "16 November 2017"). */
    private static boolean isByline(PageBlocks page, int i) {
        Block b = page.get(i);
        if (b.words() > 5 || TextStats.endsLikeSentence(b.text()) || TextStats.capitalisedShare(b.text()) < 0.6) {
            return false;
        }
        boolean nextToDateline = page.removedAs(i - 1, LineRule.DATELINE) || page.removedAs(i + 1, LineRule.DATELINE);
        return nextToDateline && headlineAbove(page, i);
    }

    /** Removed as a byline, by its own words ({@link LineRule#BYLINE}) or by its place. */
    private static boolean removedAsByline(PageBlocks page, int i) {
        return page.removedBy(i) == RemovalReason.BYLINE || page.removedBy(i) == LineRule.BYLINE;
    }

    /** Whether a headline-like block sits above block i (past removed chrome, but not past a menu). */
    private static boolean headlineAbove(PageBlocks page, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (page.removedBy(j) == RemovalReason.MENU) {
                return false;
            }
            if (!page.isRemoved(j)) {
                return BlockShapes.isHeadingLike(page.get(j)) || BlockShapes.isStandfirst(page.get(j));
            }
        }
        return false;
    }
}
