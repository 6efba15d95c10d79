package org.attache.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Tidies and checks headlines taken from text lines, and finds the line a byline or dateline sits under. */
final class Headlines {

    private static final Pattern BYLINE = Pattern.compile("^(?i:by|von|par|por|di|door|av|af)\\s+\\p{Lu}.*");
    /** A credit line: "Co-authored by Ann Example", "From Ann Example writing at The Daily Example:". */
    private static final Pattern CREDIT = Pattern.compile("^(?i:(?:co-?)?(?:authored|written|reported|compiled|edited)\\s+by\\s+\\p{Lu}"
            + "|from\\s+\\p{Lu}.{1,60}?\\s+(?:writing|reporting)\\s+(?:at|in|for)\\s).*");
    /** A wire story's lede opening with its dateline and agency ("LISBON (AP) — The …"): the body, not a headline. */
    private static final Pattern WIRE_LEDE = Pattern.compile(
            "^\\p{Lu}[\\p{L} .,'’-]{1,40}\\s*\\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg)\\)\\s*[—–-].*");
    /** Most words of a headline line; longer lines are paragraphs. */
    static final int MAX_WORDS = 25;
    /** Most words of a headline of two short sentences ("Talks fail. What now?"); longer ones are a lede. */
    static final int MAX_TWO_SENTENCE_WORDS = 12;
    /** How many kept blocks from the top a headline above its byline is looked for. */
    private static final int HEAD_BLOCKS = 8;

    private Headlines() {
    }

    /**
     * Drops trailing separators a dump leaves after a headline ("Senator calls for sanctions on Iran;")
     * and the full stop some dumps end a headline with ("Phone video shows the arrest." but not "U.S.").
     */
    static String tidy(String headline) {
        String text = TextStats.collapse(headline).replaceAll("[\\s;:,|–—-]+$", "");
        return text.matches(".*\\p{Ll}{2}\\.$") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The first line of a dump when it reads as a headline over its article, even in sentence case
     * with a full stop ("Minister says talks will resume."): one short sentence, followed by
     * longer paragraphs. Only a fallback for a dump without another headline.
     */
    static Optional<String> firstLine(List<Block> blocks, List<Block> kept) {
        if (blocks.isEmpty() || kept.isEmpty() || !blocks.get(0).text().equals(kept.get(0).text())) {
            return Optional.empty();
        }
        String first = blocks.get(0).text();
        int words = TextStats.words(first);
        if (words < 3 || words > MAX_WORDS || severalSentences(first) || !usable(first)
                || !(Character.isUpperCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0)))) {
            return Optional.empty();
        }
        for (int i = 1; i < Math.min(kept.size(), 4); i++) {
            if (kept.get(i).words() > words * 3 / 2 && kept.get(i).words() >= 15) {
                return Optional.of(tidy(first));
            }
        }
        return Optional.empty();
    }

    /**
     * A sentence ending inside the line: a full stop, question or exclamation mark followed by a
     * capital, but not the stop of a title or state abbreviation before a name ("Rep. Ann Example").
     */
    private static final Pattern ONE_SENTENCE_END = Pattern.compile("(?<!\\b(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Sgt"
            + "|Capt|Cmdr|Adm|Rev|St|Jr|Sr|Prof|Pres|Amb|Calif|Fla|Ariz|Mass|Penn|Wash|Conn|Mich|Minn|Tenn|Okla|Colo|Ill|Ind|Wis)"
            + "[.!?])(?<=\\p{Ll}[.!?])['’\"”]?\\s+\\p{Lu}");

    /** Whether a sentence ends inside the line (see {@link #ONE_SENTENCE_END}). */
    static boolean severalSentences(String line) {
        return ONE_SENTENCE_END.matcher(line).find();
    }

    /**
     * Whether a line can be a title: not a date line in any language ("Publié le 3 mars 2021",
     * "3. März 2021", "Stand: 28.04.2020 18:00 Uhr"), not a byline or credit line ("By Ann Example",
     * "Co-authored by Ann Example") and not a wire lede ("LISBON (AP) — The …").
     */
    static boolean usable(String line) {
        String text = TextStats.collapse(line);
        return !text.isEmpty() && TextStats.words(text) <= 40 && !LineRule.isDateline(text) && !BYLINE.matcher(text).matches()
                && !CREDIT.matcher(text).matches() && !WIRE_LEDE.matcher(text).matches();
    }

    /**
     * The kept line directly above the article's byline (the cleaner removed it as chrome), when it
     * looks like a headline: a wire story's headline sits right above "By …", whatever section
     * labels the page shows higher up ("Top Classifieds"). Not above a dateline: in a live blog the
     * line above each time stamp is an entry.
     */
    static Optional<String> aboveByline(List<Block> blocks, List<Removal> removals, List<Block> kept) {
        Set<String> headLines = new HashSet<>();
        for (Removal r : removals) {
            if (r.rule().equals(RemovalReason.BYLINE.ruleName())) {
                headLines.add(r.text());
            }
        }
        Set<String> top = new HashSet<>();
        for (int i = 0; i < Math.min(HEAD_BLOCKS, kept.size()); i++) {
            top.add(kept.get(i).text());
        }
        for (int i = 1; i < blocks.size(); i++) {
            if (!headLines.contains(blocks.get(i).text())) {
                continue;
            }
            String above = blocks.get(i - 1).text();
            if (top.contains(above) && headingLike(above)) {
                return Optional.of(tidy(above));
            }
        }
        return Optional.empty();
    }

    /** A short line without a closing full stop that starts with a capital or a digit. */
    private static boolean headingLike(String line) {
        int words = TextStats.words(line);
        return words >= 3 && words <= MAX_WORDS && !line.endsWith(".") && !line.isEmpty()
                && (Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.codePointAt(0))) && usable(line);
    }
}
