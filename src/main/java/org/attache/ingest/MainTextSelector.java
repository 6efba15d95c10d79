package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.Cancellation;

/**
 * Chooses the main text among a page's blocks, the same way for HTML and for text dumps:
 * <ol>
 *   <li>named line rules ({@link LineRule}) and site templates remove recognisable chrome;</li>
 *   <li>pull quotes marked by "open/close quote mark" alt-texts become quote and attribution blocks;</li>
 *   <li>runs of short, unpunctuated lines are menus;</li>
 *   <li>"good" blocks (sentences of some length, few links) are grouped into clusters, and the
 *       cluster with the most words is the article body; short blocks inside it (subheadings,
 *       short paragraphs) stay, blocks outside it go;</li>
 *   <li>the article head just before the body is read backwards: datelines and bylines go, a
 *       standfirst and the headline stay.</li>
 * </ol>
 * Stateless and thread-safe; every removal is reported with its rule name.
 */
final class MainTextSelector {

    /** Longest gap (in blocks and in words of non-good blocks) that still joins two good blocks into one body. */
    private static final int MAX_GAP_BLOCKS = 5;
    private static final int MAX_GAP_WORDS = 60;
    private static final int MENU_RUN = 3;

    /** What the selector found: the kept blocks in reading order, the removals, and head metadata. */
    record Selection(List<Block> kept, List<Removal> removals, Optional<String> headline, Optional<String> dateline) {
    }

    private final Templates.Site templates;
    private final boolean bodyOnly;

    /**
     * @param templates the template lines of the page's site
     * @param bodyOnly  true when the input is already the article body (a Markdown scrape): then
     *                  everything from the first sentence on is kept, except what a rule removes
     */
    MainTextSelector(Templates.Site templates, boolean bodyOnly) {
        this.templates = templates;
        this.bodyOnly = bodyOnly;
    }

    /**
     * @param blocks     the page's blocks in reading order
     * @param knownTitle the title the page's metadata states (HTML, front matter), or empty
     */
    Selection select(List<Block> blocks, String knownTitle) {
        int n = blocks.size();
        List<Block> work = new ArrayList<>(blocks);
        String[] removedBy = new String[n];
        String dateline = null;

        markPullQuotes(work, removedBy);
        for (int i = 0; i < n; i++) {
            Cancellation.check();
            if (removedBy[i] != null) {
                continue;
            }
            Block b = work.get(i);
            if (templates.isTemplate(b.text())) {
                removedBy[i] = RemovalReason.SITE_TEMPLATE.ruleName();
                continue;
            }
            if (b.kind() == Block.Kind.ATTRIBUTION) {
                continue;
            }
            Optional<LineRule> rule = LineRule.firstMatch(b.text());
            if (rule.isPresent()) {
                removedBy[i] = rule.get().ruleName();
                if (rule.get() == LineRule.DATELINE && dateline == null) {
                    dateline = Dates.find(b.text()).orElse(null);
                }
            }
        }
        markRepeatedCaptions(work, removedBy);
        markMenus(work, removedBy);

        boolean[] good = new boolean[n];
        boolean anyGood = false;
        for (int i = 0; i < n; i++) {
            good[i] = removedBy[i] == null && isGood(work.get(i));
            anyGood |= good[i];
        }
        if (!anyGood) {
            // Short pages (a one-line statement): any sentence counts.
            for (int i = 0; i < n; i++) {
                good[i] = removedBy[i] == null && TextStats.endsLikeSentence(work.get(i).text()) && work.get(i).words() >= 3;
                anyGood |= good[i];
            }
        }
        int[] window = anyGood ? mainCluster(work, removedBy, good) : new int[] {0, n - 1};
        if (anyGood && isClosingQuote(work, removedBy, window[1] + 1)) {
            window[1]++;
        }
        if (bodyOnly && anyGood) {
            window = new int[] {firstGood(good), n - 1};
        }

        boolean[] keep = new boolean[n];
        for (int i = window[0]; i <= window[1] && i < n; i++) {
            if (removedBy[i] != null) {
                continue;
            }
            Block b = work.get(i);
            if (!good[i] && b.linkDensity() >= 0.5 && b.kind() != Block.Kind.ATTRIBUTION && !introducesText(work, removedBy, i)) {
                removedBy[i] = RemovalReason.LINK_LIST.ruleName();
            } else {
                keep[i] = true;
            }
        }
        String headline = readHead(work, removedBy, keep, window[0], knownTitle);
        for (int i = 0; i < n; i++) {
            if (!keep[i] && removedBy[i] == null) {
                removedBy[i] = i < window[0] ? RemovalReason.BEFORE_MAIN_TEXT.ruleName() : RemovalReason.AFTER_MAIN_TEXT.ruleName();
            }
        }
        dropTrailingHeadings(work, removedBy, keep);
        dropDuplicates(work, removedBy, keep, headline);

        List<Block> kept = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                kept.add(work.get(i));
            } else {
                removals.add(new Removal(work.get(i).text(), removedBy[i]));
            }
        }
        return new Selection(kept, removals, Optional.ofNullable(headline), Optional.ofNullable(dateline));
    }

    /**
     * A short paragraph right after the body that opens with a quotation and ends as a sentence
     * ("\"That's correct,\" he said."): too short to count as body text, it is still the body's end.
     */
    static boolean isClosingQuote(List<Block> work, String[] removedBy, int i) {
        if (i >= work.size() || removedBy[i] != null) {
            return false;
        }
        Block b = work.get(i);
        String t = b.text().strip();
        return b.linkDensity() == 0 && b.words() >= 3 && !t.isEmpty() && "\"“«'‘".indexOf(t.charAt(0)) >= 0
                && TextStats.endsLikeSentence(t) && !"\"”»'’".contains(t.substring(t.length() - 1));
    }

    /** Sentences of some length with few links: the evidence of an article body. */
    static boolean isGood(Block b) {
        if (b.linkDensity() >= 0.4) {
            return false;
        }
        int words = b.words();
        if (b.kind() == Block.Kind.QUOTE) {
            return words >= 6;
        }
        // Title Case lines are headlines and calls to action, however long, not body text.
        if (words < 20 && TextStats.capitalisedShare(b.text()) >= 0.75) {
            return false;
        }
        return words >= 10 && TextStats.endsLikeSentence(b.text()) || words >= 25;
    }

    /**
     * Dumps often carry an image's alt-text and then its caption, both starting alike: the block
     * just before a caption that begins with the same words is the same caption.
     */
    private static void markRepeatedCaptions(List<Block> work, String[] removedBy) {
        String caption = LineRule.CAPTION.ruleName();
        for (int i = work.size() - 2; i >= 0; i--) {
            if (removedBy[i] == null && caption.equals(removedBy[i + 1])
                    && leadingWords(work.get(i).text(), 4).equals(leadingWords(work.get(i + 1).text(), 4))) {
                removedBy[i] = caption;
            }
        }
    }

    private static String leadingWords(String text, int count) {
        String[] words = TextStats.key(text).split(" ");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(count, words.length)));
    }

    /**
     * Blocks between "open quote mark" and "close quote mark" alt-texts are a pull quote: the last of
     * them, when it is short and not a sentence, is the attribution line ("NATO release").
     */
    static void markPullQuotes(List<Block> work, String[] removedBy) {
        int open = -1;
        for (int i = 0; i < work.size(); i++) {
            String t = work.get(i).text();
            if (!LineRule.QUOTE_MARK.matches(t)) {
                continue;
            }
            boolean opening = t.toLowerCase(java.util.Locale.ROOT).matches("^(open|left|start).*");
            removedBy[i] = LineRule.QUOTE_MARK.ruleName();
            if (opening) {
                open = i;
            } else if (open >= 0 && i - open >= 2) {
                int last = i - 1;
                Block lastBlock = work.get(last);
                boolean attribution = i - open >= 3 && isAttributionLine(lastBlock.text());
                for (int j = open + 1; j < i; j++) {
                    if (removedBy[j] == null) {
                        work.set(j, work.get(j).withKind(j == last && attribution ? Block.Kind.ATTRIBUTION : Block.Kind.QUOTE));
                    }
                }
                open = -1;
            }
        }
    }

    /** "Boris Johnson – Prime Minister, UK", "NATO release", "— Jens Stoltenberg". */
    static boolean isAttributionLine(String text) {
        String s = text.replaceFirst("^[\\s—–―-]+", "");
        int words = TextStats.words(s);
        return words >= 1 && words <= 14 && !s.endsWith(".") && !s.endsWith("?") && !s.endsWith("!")
                && Character.isUpperCase(s.codePointAt(0));
    }

    /** Runs of three or more short, unpunctuated lines (or link-heavy short lines) are navigation. */
    private static void markMenus(List<Block> work, String[] removedBy) {
        int n = work.size();
        int i = 0;
        while (i < n) {
            if (removedBy[i] != null || !isMenuLike(work.get(i))) {
                i++;
                continue;
            }
            int j = i;
            List<Integer> run = new ArrayList<>();
            while (j < n && !LineRule.DATELINE.ruleName().equals(removedBy[j]) && (removedBy[j] != null || isMenuLike(work.get(j)))) {
                if (removedBy[j] == null) {
                    run.add(j);
                }
                j++;
            }
            // A short headline sits right above its dateline: it ends the menu, it is not part of it.
            if (!run.isEmpty() && j < n && LineRule.DATELINE.ruleName().equals(removedBy[j])) {
                run.remove(run.size() - 1);
            }
            if (run.size() >= MENU_RUN) {
                for (int k : run) {
                    removedBy[k] = RemovalReason.MENU.ruleName();
                }
            }
            i = j;
        }
    }

    private static boolean isMenuLike(Block b) {
        if (b.kind() == Block.Kind.QUOTE || b.kind() == Block.Kind.ATTRIBUTION) {
            return false;
        }
        int words = b.words();
        String t = b.text();
        boolean sentence = TextStats.endsLikeSentence(t) && !t.endsWith(":");
        return words <= 5 && !sentence || b.linkDensity() >= 0.7 && words <= 12;
    }

    /** A linked heading followed by unlinked text describing it (a guide's table of contents) is content. */
    private static boolean introducesText(List<Block> work, String[] removedBy, int i) {
        if (work.get(i).words() > 12 || TextStats.endsLikeSentence(work.get(i).text())) {
            return false;
        }
        for (int j = i + 1; j < work.size(); j++) {
            if (removedBy[j] == null) {
                Block next = work.get(j);
                return next.linkDensity() < 0.2 && next.words() >= 5 && TextStats.endsLikeSentence(next.text());
            }
        }
        return false;
    }

    private static int firstGood(boolean[] good) {
        for (int i = 0; i < good.length; i++) {
            if (good[i]) {
                return i;
            }
        }
        return 0;
    }

    /** The cluster of good blocks with the most words, as [first, last] block indexes. */
    private static int[] mainCluster(List<Block> work, String[] removedBy, boolean[] good) {
        int bestStart = -1;
        int bestEnd = -1;
        int bestWords = -1;
        int start = -1;
        int end = -1;
        int words = 0;
        int gapBlocks = 0;
        int gapWords = 0;
        for (int i = 0; i < work.size(); i++) {
            if (removedBy[i] != null) {
                continue;
            }
            if (good[i]) {
                if (start >= 0 && gapBlocks <= MAX_GAP_BLOCKS && gapWords <= MAX_GAP_WORDS) {
                    end = i;
                    words += work.get(i).words();
                } else {
                    if (words > bestWords) {
                        bestStart = start;
                        bestEnd = end;
                        bestWords = words;
                    }
                    start = i;
                    end = i;
                    words = work.get(i).words();
                }
                gapBlocks = 0;
                gapWords = 0;
            } else if (start >= 0) {
                gapBlocks++;
                gapWords += work.get(i).words();
            }
        }
        if (words > bestWords) {
            bestStart = start;
            bestEnd = end;
        }
        return new int[] {bestStart, bestEnd};
    }

    /**
     * Reads the article head backwards from the body: datelines and bylines are skipped, a
     * standfirst and section labels are kept, the headline is kept and ends the head.
     *
     * @return the headline's text, if one was found
     */
    private static String readHead(List<Block> work, String[] removedBy, boolean[] keep, int bodyStart, String knownTitle) {
        String titleKey = TextStats.key(knownTitle);
        String stated = titleKey.isEmpty() ? headlineAboveDateline(work, removedBy, keep, bodyStart)
                : statedHeadlineAbove(work, removedBy, keep, bodyStart, titleKey);
        if (stated != null) {
            return stated;
        }
        int standfirst = -1;
        for (int i = bodyStart - 1; i >= 0; i--) {
            Block b = work.get(i);
            if (removedBy[i] != null) {
                // chrome inside the head (datelines, share rows, captions) is passed over; a menu ends the head
                if (removedBy[i].equals(RemovalReason.MENU.ruleName())) {
                    return standfirstAsHeadline(work, standfirst);
                }
                continue;
            }
            String key = TextStats.key(b.text());
            if (!titleKey.isEmpty() && (key.equals(titleKey) || titleKey.startsWith(key) && key.length() > titleKey.length() / 2)) {
                keep[i] = true;
                return b.text();
            }
            if (isByline(work, removedBy, i)) {
                removedBy[i] = RemovalReason.BYLINE.ruleName();
                continue;
            }
            if (isLabel(b)) {
                keep[i] = true;
                continue;
            }
            if (isHighlight(b)) {
                // summary bullets ("Story Highlights") between the headline and the body
                keep[i] = true;
                continue;
            }
            if (b.words() <= 4 && !TextStats.endsLikeSentence(b.text()) && i + 1 < work.size() && keep[i + 1]
                    && isHighlight(work.get(i + 1))) {
                keep[i] = true;
                continue;
            }
            if (titleKey.isEmpty() && isTopLine(work, removedBy, i) && !isHighlight(b)) {
                keep[i] = true;
                return b.text();
            }
            if (standfirst < 0 && isStandfirst(b)) {
                keep[i] = true;
                standfirst = i;
                continue;
            }
            if (isHeadingLike(b)) {
                if (!titleKey.isEmpty() && b.headingLevel() != 1) {
                    // The page states its title and this heading is not it: a section name.
                    return standfirstAsHeadline(work, standfirst);
                }
                keep[i] = true;
                return b.text();
            }
            return standfirstAsHeadline(work, standfirst);
        }
        return standfirstAsHeadline(work, standfirst);
    }

    /** Most short lines that may sit between a stated headline and the body (publisher, byline, section). */
    private static final int MAX_HEAD_LINES = 3;

    /**
     * The page states its title and the block holding it sits just above the body, past at most a
     * few short lines (a publisher name, a byline) and a standfirst: those short lines are the
     * byline, the standfirst stays. Null when the stated title is not there.
     */
    private static String statedHeadlineAbove(List<Block> work, String[] removedBy, boolean[] keep, int bodyStart, String titleKey) {
        if (titleKey.isEmpty()) {
            return null;
        }
        List<Integer> between = new ArrayList<>();
        for (int i = bodyStart - 1; i >= 0 && between.size() <= MAX_HEAD_LINES; i--) {
            if (removedBy[i] != null) {
                if (removedBy[i].equals(RemovalReason.MENU.ruleName())) {
                    return null;
                }
                continue;
            }
            Block b = work.get(i);
            if (TextStats.key(b.text()).equals(titleKey)) {
                keep[i] = true;
                for (int j : between) {
                    if (isStandfirst(work.get(j))) {
                        keep[j] = true;
                    } else {
                        removedBy[j] = RemovalReason.BYLINE.ruleName();
                    }
                }
                return b.text();
            }
            boolean shortLine = b.words() <= 8 && !TextStats.endsLikeSentence(b.text());
            if (!shortLine && !isStandfirst(b)) {
                return null;
            }
            between.add(i);
        }
        return null;
    }

    /** How many lines (not counting removed chrome) above the body a headline with its dateline is looked for. */
    private static final int HEAD_REACH = 8;

    /**
     * A heading-like line directly above a dateline (past at most a byline) is the headline, whatever
     * lies between it and the body: repeated headlines, photo captions, share rows. Standfirsts
     * in between stay. Null when no such line is within reach.
     */
    private static String headlineAboveDateline(List<Block> work, String[] removedBy, boolean[] keep, int bodyStart) {
        int passed = 0;
        for (int i = bodyStart - 1; i >= 0 && passed <= HEAD_REACH; i--) {
            if (RemovalReason.MENU.ruleName().equals(removedBy[i])) {
                return null;
            }
            passed += removedBy[i] == null ? 1 : 0;
            if (removedBy[i] != null || !(isHeadingLike(work.get(i)) || isTopLine(work, removedBy, i))
                    || isByline(work, removedBy, i)) {
                continue;
            }
            int next = i + 1;
            if (next < bodyStart && (RemovalReason.BYLINE.ruleName().equals(removedBy[next]) || removedBy[next] == null && isByline(work, removedBy, next))) {
                next++;
            }
            if (next < bodyStart && LineRule.DATELINE.ruleName().equals(removedBy[next])) {
                keep[i] = true;
                for (int j = i + 1; j < bodyStart; j++) {
                    if (removedBy[j] == null && isByline(work, removedBy, j)) {
                        removedBy[j] = RemovalReason.BYLINE.ruleName();
                    } else if (removedBy[j] == null && isStandfirst(work.get(j))
                            && !TextStats.key(work.get(j).text()).equals(TextStats.key(work.get(i).text()))) {
                        keep[j] = true;
                    }
                }
                return work.get(i).text();
            }
        }
        return null;
    }

    /**
     * The first line of a page, short, and with body text below: a dump's headline even when it is
     * written in sentence case and ends with a full stop ("Leaders weigh new plans.").
     */
    private static boolean isTopLine(List<Block> work, String[] removedBy, int i) {
        for (int j = 0; j < i; j++) {
            if (removedBy[j] == null) {
                return false;
            }
        }
        Block b = work.get(i);
        return b.words() >= 3 && b.words() <= 25 && b.linkDensity() < 0.5 && b.kind() != Block.Kind.LIST_ITEM
                && b.kind() != Block.Kind.QUOTE;
    }

    /** With nothing above it, what looked like a standfirst is the headline, unless it is a sentence. */
    private static String standfirstAsHeadline(List<Block> work, int standfirst) {
        if (standfirst < 0) {
            return null;
        }
        Block b = work.get(standfirst);
        return isHeadingLike(b) && !b.text().matches(".*[.!?][\"'”’)]*$") ? b.text() : null;
    }

    private static boolean isHeadingLike(Block b) {
        int words = b.words();
        String t = b.text();
        boolean sentence = t.matches(".*[.!?][\"'”’)]*$");
        return words >= 2 && words <= 30 && b.linkDensity() < 0.5 && b.kind() != Block.Kind.LIST_ITEM
                && (!sentence || TextStats.capitalisedShare(t) >= 0.6 || b.headingLevel() == 1);
    }

    private static boolean isHighlight(Block b) {
        return b.kind() == Block.Kind.LIST_ITEM && b.words() >= 5 && b.words() <= 40 && b.linkDensity() < 0.3;
    }

    private static boolean isStandfirst(Block b) {
        return b.words() >= 8 && b.words() <= 80 && b.linkDensity() < 0.3 && b.kind() != Block.Kind.LIST_ITEM
                && b.headingLevel() == 0 && TextStats.capitalisedShare(b.text()) < 0.6;
    }

    /** Section labels such as "ABSTRACT." or "Highlights:" */
    private static boolean isLabel(Block b) {
        String t = b.text();
        return b.words() <= 2 && (t.endsWith(".") || t.endsWith(":")) && t.equals(t.toUpperCase(java.util.Locale.ROOT));
    }

    /** A short name-like line right next to a dateline ("Our Foreign Staff" above "16 November 2017"). */
    private static boolean isByline(List<Block> work, String[] removedBy, int i) {
        Block b = work.get(i);
        if (b.words() > 5 || TextStats.endsLikeSentence(b.text()) || TextStats.capitalisedShare(b.text()) < 0.6) {
            return false;
        }
        boolean before = i > 0 && LineRule.DATELINE.ruleName().equals(removedBy[i - 1]);
        boolean after = i + 1 < work.size() && LineRule.DATELINE.ruleName().equals(removedBy[i + 1]);
        return (before || after) && headlineAbove(work, removedBy, i);
    }

    /** Whether a headline-like block sits above block i (past removed chrome, but not past a menu). */
    private static boolean headlineAbove(List<Block> work, String[] removedBy, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (RemovalReason.MENU.ruleName().equals(removedBy[j])) {
                return false;
            }
            if (removedBy[j] == null) {
                return isHeadingLike(work.get(j)) || isStandfirst(work.get(j));
            }
        }
        return false;
    }

    /** Headings at the very end of the text, with no body after them (accordion or tab headers). */
    private static void dropTrailingHeadings(List<Block> work, String[] removedBy, boolean[] keep) {
        for (int i = work.size() - 1; i >= 0; i--) {
            if (!keep[i]) {
                continue;
            }
            Block b = work.get(i);
            if (TextStats.endsLikeSentence(b.text()) || b.words() > 12 || b.kind() == Block.Kind.ATTRIBUTION
                    || b.kind() == Block.Kind.QUOTE) {
                return;
            }
            keep[i] = false;
            removedBy[i] = RemovalReason.HEADING_WITHOUT_BODY.ruleName();
        }
    }

    /** Paragraphs at least this long that occur twice in one page are a scraper's copy, not a refrain. */
    private static final int REPEATED_PARAGRAPH_WORDS = 12;

    /**
     * A block repeating the previous kept block, or the headline, is scrape residue (repeated captions,
     * lead lines); so is a long paragraph repeating any earlier one (a page saved with its text twice),
     * which would otherwise count every actor and quotation in it twice.
     */
    private static void dropDuplicates(List<Block> work, String[] removedBy, boolean[] keep, String headline) {
        String previous = null;
        java.util.Set<String> longSeen = new java.util.HashSet<>();
        boolean headlineSeen = false;
        String headlineKey = headline == null ? "" : TextStats.key(headline);
        for (int i = 0; i < work.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            String key = TextStats.key(work.get(i).text());
            if (key.equals(previous) || (!headlineKey.isEmpty() && key.equals(headlineKey) && headlineSeen)) {
                keep[i] = false;
                removedBy[i] = RemovalReason.DUPLICATE_LINE.ruleName();
                continue;
            }
            if (work.get(i).words() >= REPEATED_PARAGRAPH_WORDS && !longSeen.add(key)) {
                keep[i] = false;
                removedBy[i] = RemovalReason.REPEATED_PARAGRAPH.ruleName();
                continue;
            }
            headlineSeen |= key.equals(headlineKey);
            previous = key;
        }
    }
}
