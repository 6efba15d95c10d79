package org.attache.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The headline of a plain-text news dump read from the dump's opening lines, where news archive
 * exports put it: the first line, above a stack of short head lines (a kicker, a deck, a section
 * label, a credit line) and the body.
 */
final class DumpHeadlines {

    /** Most words of a kicker or deck line right under a headline. */
    private static final int MAX_KICKER_WORDS = 15;
    /** Most words of a line in the head between the opening line and the body. */
    private static final int MAX_HEAD_LINE_WORDS = 20;
    /** How many blocks after the opening line the body must start within. */
    private static final int BODY_REACH = 5;
    /** Verdicts a line between the opening line and the body may have: part of the head, not chrome. */
    private static final Set<String> HEAD_VERDICTS = Set.copyOf(List.of(RemovalReason.BEFORE_MAIN_TEXT.ruleName(),
            RemovalReason.BYLINE.ruleName(), LineRule.BYLINE.ruleName(), LineRule.DATELINE.ruleName()));

    private DumpHeadlines() {
    }

    /**
     * An archive export's "Headline; " line with its kicker on the very next line ("Senator calls for
     * sanctions; \nNews Analysis.\n\n"): the separator at the end of the first line says a second
     * title field follows, so the first line is the headline and the short line under it is a
     * section label or deck, whatever it says.
     */
    static Optional<String> headlineOverKicker(String raw) {
        String[] lines = raw.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first + 1 >= lines.length) {
            return Optional.empty();
        }
        String headline = TextStats.collapse(lines[first]);
        String kicker = TextStats.collapse(lines[first + 1]);
        boolean kickerEndsParagraph = first + 2 >= lines.length || lines[first + 2].isBlank();
        int words = TextStats.words(headline);
        if (!headline.endsWith(";") || kicker.isEmpty() || !kickerEndsParagraph || words < 1 || words > Headlines.MAX_WORDS
                || TextStats.words(kicker) > MAX_KICKER_WORDS || !startsLikeTitle(kicker) || !Headlines.usable(headline)) {
            return Optional.empty();
        }
        return Optional.of(Headlines.tidy(headline));
    }

    /**
     * The dump's first line as its headline, when it is shaped like one and only head lines (decks,
     * kickers, labels, a byline or dateline) stand between it and the body, no chrome: the
     * headline a news archive export opens with, even when a deck below it looks like a heading too.
     * Against another headline the head offers it must be at least as long: a site name or section
     * label over a headline is shorter than it, a kicker or deck under one is too.
     *
     * @param blocks       the dump's blocks in reading order
     * @param kept         the kept blocks in reading order
     * @param removals     the removals in reading order
     * @param headHeadline the headline the article head gave, or empty
     */
    static Optional<String> openingLine(List<Block> blocks, List<Block> kept, List<Removal> removals,
            Optional<String> headHeadline) {
        if (blocks.size() < 2) {
            return Optional.empty();
        }
        Block opening = blocks.get(0);
        String text = opening.text();
        int words = opening.words();
        if (words < 3 || words > Headlines.MAX_WORDS || !startsLikeTitle(text) || !Headlines.usable(text)
                || headHeadline.filter(h -> TextStats.words(h) > words).isPresent()
                || Headlines.severalSentences(text) && words > Headlines.MAX_TWO_SENTENCE_WORDS) {
            return Optional.empty();
        }
        String[] verdicts = verdicts(blocks, kept, removals, BODY_REACH + 1);
        if (!(verdicts[0] == null || verdicts[0].equals(RemovalReason.BEFORE_MAIN_TEXT.ruleName()))) {
            return Optional.empty();
        }
        for (int i = 1; i < verdicts.length; i++) {
            Block b = blocks.get(i);
            if (verdicts[i] == null && BlockShapes.isGood(b) && b.words() > words) {
                return Optional.of(Headlines.tidy(text));
            }
            boolean headLine = verdicts[i] == null || HEAD_VERDICTS.contains(verdicts[i]);
            if (!headLine || b.words() > MAX_HEAD_LINE_WORDS) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Starts with a capital or a digit, after any opening quotation mark ("'Thin-skinned' mayor …"). */
    private static boolean startsLikeTitle(String text) {
        int i = 0;
        while (i < text.length() && "\"'‘“«".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && (Character.isUpperCase(text.codePointAt(i)) || Character.isDigit(text.codePointAt(i)));
    }

    /**
     * The verdict on each of the first {@code limit} blocks: null when kept, else the name of the rule
     * that removed it. Every block is either kept or removed, both lists in reading order.
     */
    private static String[] verdicts(List<Block> blocks, List<Block> kept, List<Removal> removals, int limit) {
        String[] verdicts = new String[Math.min(limit, blocks.size())];
        int k = 0;
        int r = 0;
        for (int i = 0; i < verdicts.length; i++) {
            String text = blocks.get(i).text();
            boolean isKept = k < kept.size() && kept.get(k).text().equals(text)
                    && !(r < removals.size() && removals.get(r).text().equals(text) && kept.get(k) != blocks.get(i));
            if (isKept) {
                k++;
            } else if (r < removals.size()) {
                verdicts[i] = removals.get(r++).rule();
            } else {
                verdicts[i] = "";
            }
        }
        return verdicts;
    }
}
