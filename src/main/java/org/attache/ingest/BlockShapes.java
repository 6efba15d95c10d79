package org.attache.ingest;

import java.util.Locale;

/**
 * What a single block looks like, whatever surrounds it: body text, a heading, a standfirst, a
 * highlight bullet, a menu entry, an attribution line. The main-text rules combine these shapes
 * with a block's position. Stateless.
 */
final class BlockShapes {

    private BlockShapes() {
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

    /** On short pages (a one-line statement) any sentence of three words counts as body text. */
    static boolean isShortPageSentence(Block b) {
        return TextStats.endsLikeSentence(b.text()) && b.words() >= 3;
    }

    /** Ends with a full stop, question or exclamation mark, before any closing quotes or bracket. */
    static boolean endsWithStop(String text) {
        return text.matches(".*[.!?][\"'”’)]*$");
    }

    static boolean isHeadingLike(Block b) {
        int words = b.words();
        String t = b.text();
        return words >= 2 && words <= 30 && b.linkDensity() < 0.5 && b.kind() != Block.Kind.LIST_ITEM
                && (!endsWithStop(t) || TextStats.capitalisedShare(t) >= 0.6 || b.headingLevel() == 1);
    }

    /** Summary bullets ("Story Highlights") between the headline and the body. */
    static boolean isHighlight(Block b) {
        return b.kind() == Block.Kind.LIST_ITEM && b.words() >= 5 && b.words() <= 40 && b.linkDensity() < 0.3;
    }

    static boolean isStandfirst(Block b) {
        return b.words() >= 8 && b.words() <= 80 && b.linkDensity() < 0.3 && b.kind() != Block.Kind.LIST_ITEM
                && b.headingLevel() == 0 && TextStats.capitalisedShare(b.text()) < 0.6;
    }

    /** Section labels such as "ABSTRACT." or "Highlights:" */
    static boolean isLabel(Block b) {
        String t = b.text();
        return b.words() <= 2 && (t.endsWith(".") || t.endsWith(":")) && t.equals(t.toUpperCase(Locale.ROOT));
    }

    /** A short, unpunctuated line, or a short link-heavy one: an entry of a menu. */
    static boolean isMenuLike(Block b) {
        if (b.kind() == Block.Kind.QUOTE || b.kind() == Block.Kind.ATTRIBUTION) {
            return false;
        }
        int words = b.words();
        String t = b.text();
        boolean sentence = TextStats.endsLikeSentence(t) && !t.endsWith(":");
        return words <= 5 && !sentence || b.linkDensity() >= 0.7 && words <= 12;
    }

    /** "Boris Johnson – Prime Minister, UK", "NATO release", "— Jens Stoltenberg". */
    static boolean isAttributionLine(String text) {
        String s = text.replaceFirst("^[\\s—–―-]+", "");
        int words = TextStats.words(s);
        return words >= 1 && words <= 14 && !s.endsWith(".") && !s.endsWith("?") && !s.endsWith("!")
                && Character.isUpperCase(s.codePointAt(0));
    }

    /**
     * A short paragraph that opens with a quotation and ends as a sentence ("\"That's correct,\" he
     * said."): too short to count as body text, it still ends the body it follows.
     */
    static boolean isClosingQuote(Block b) {
        String t = b.text().strip();
        return b.linkDensity() == 0 && b.words() >= 3 && !t.isEmpty() && "\"“«'‘".indexOf(t.charAt(0)) >= 0
                && TextStats.endsLikeSentence(t) && !"\"”»'’".contains(t.substring(t.length() - 1));
    }
}
