package org.attache.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One value a page offers for a metadata field (a title or a date), where it was read and how
 * far that kind of place is trusted. The cleaner collects every candidate and picks by score;
 * {@code clean --explain} lists them.
 *
 * @param field  "title", "date" or "publisher"
 * @param value  the value (dates as ISO yyyy-mm-dd)
 * @param source where it was read ("meta article:published_time", "json-ld datePublished", "url", "h1" …)
 * @param score  trust in the source, higher is better
 */
public record MetadataCandidate(String field, String value, String source, int score) {

    public MetadataCandidate {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The best date: the highest score with agreement ({@link #support}); among equal scores of the
     * page's own statements (meta tags, structured data) the earliest, because a page that states two
     * publication dates has usually been republished or updated; among dates read from the text, the first.
     */
    static Optional<MetadataCandidate> bestDate(List<MetadataCandidate> candidates) {
        List<MetadataCandidate> dates = candidates.stream().filter(c -> c.field().equals("date")).toList();
        MetadataCandidate best = null;
        int bestSupport = Integer.MIN_VALUE;
        for (MetadataCandidate c : dates) {
            int support = support(c, dates);
            if (best == null || support > bestSupport
                    || support == bestSupport && c.score() >= DateScores.STATED && c.value().compareTo(best.value()) < 0) {
                best = c;
                bestSupport = support;
            }
        }
        if (best != null && best.score() == DateScores.MODIFIED) {
            // An update date is a last resort: an earlier date the page shows is nearer the original.
            for (MetadataCandidate c : dates) {
                if (c.score() < DateScores.MODIFIED && c.value().compareTo(best.value()) < 0) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The date written next to the headline, when a date element, &lt;time&gt;, dateline or label
     * confirms it, is the date the reader is shown: it outranks what the markup states (a CMS
     * stamps meta tags with import, render or time-zone-shifted dates; a reader and the labels of
     * htmldate's suite go by the visible date). That holds for a date shown as "Updated …" too
     * when the page shows no other: the reader sees no earlier date, and the stated one may be a
     * first draft's. Returns the candidates with that one promoted.
     */
    static List<MetadataCandidate> promoteShownDate(List<MetadataCandidate> candidates) {
        MetadataCandidate text = candidates.stream().filter(c -> c.field().equals("date") && (c.score() == DateScores.TEXT
                || c.score() == DateScores.MODIFIED && c.source().startsWith(HtmlDates.BODY_TEXT)))
                .findFirst().orElse(null);
        if (text == null) {
            return candidates;
        }
        List<String> confirming = candidates.stream().filter(c -> c.field().equals("date") && c.value().equals(text.value())
                && VISIBLE_SCORES.contains(c.score())).map(MetadataCandidate::source).toList();
        if (confirming.isEmpty() && text.source().startsWith(HtmlDates.UNDER_HEADLINE) && !declaredPublishedElsewhere(candidates, text.value())) {
            confirming = List.of("its own line under the headline");
        }
        if (confirming.isEmpty() || statedAndShownElsewhere(candidates, text.value())) {
            return candidates;
        }
        MetadataCandidate shown = new MetadataCandidate("date", text.value(),
                "shown next to the headline (" + text.source() + ", confirmed by " + confirming.get(0) + ")", DateScores.SHOWN);
        return candidates.stream().map(c -> c == text ? shown : c).toList();
    }

    /** Whether a "Published" label or a &lt;time&gt; marked as the publication gives another date: an explicit word beats a position. */
    private static boolean declaredPublishedElsewhere(List<MetadataCandidate> candidates, String shown) {
        return candidates.stream().anyMatch(c -> c.field().equals("date") && !c.value().equals(shown)
                && (c.score() == DateScores.LABELLED || c.score() == DateScores.TIME_PUBLISHED));
    }

    /** Whether the markup states another date that a visible element also shows: then the page shows two, and the statement decides. */
    private static boolean statedAndShownElsewhere(List<MetadataCandidate> candidates, String shown) {
        for (MetadataCandidate stated : candidates) {
            if (stated.field().equals("date") && stated.score() >= DateScores.STATED && !VISIBLE_SCORES.contains(stated.score())
                    && !stated.value().equals(shown)
                    && candidates.stream().anyMatch(c -> c.field().equals("date") && c.value().equals(stated.value())
                            && VISIBLE_SCORES.contains(c.score()))) {
                return true;
            }
        }
        return false;
    }

    /** Scores of the places a reader sees a date: the dateline, a labelled date, a date element, a &lt;time&gt;. */
    private static final Set<Integer> VISIBLE_SCORES = Set.of(DateScores.HEAD_LINE, DateScores.LABELLED,
            DateScores.DATE_ELEMENT, DateScores.TIME, DateScores.TIME_PUBLISHED);

    /**
     * A candidate's score, raised a little by every other place (not an update stamp) that gives
     * the same date: a date the URL, the byline and the structured data agree on beats one of them alone.
     */
    private static int support(MetadataCandidate c, List<MetadataCandidate> dates) {
        int agreeing = 0;
        for (MetadataCandidate other : dates) {
            if (other != c && other.value().equals(c.value()) && other.score() > DateScores.MODIFIED) {
                agreeing++;
            }
        }
        return c.score() + DateScores.AGREEMENT * Math.min(agreeing, 4);
    }

    /** Candidates best first, for display. */
    static List<MetadataCandidate> ranked(List<MetadataCandidate> candidates) {
        return candidates.stream().sorted(Comparator.comparing(MetadataCandidate::field)
                .thenComparing(Comparator.comparingInt(MetadataCandidate::score).reversed())).toList();
    }

    /** How far each place a date can be read is trusted. */
    static final class DateScores {
        /** The date written next to the headline and confirmed by a date element or &lt;time&gt;: what the reader sees. */
        static final int SHOWN = 130;
        /** A meta tag or structured data naming the publication date (a URL date outranks it, as in htmldate). */
        static final int PUBLISHED = 100;
        /** A date in the page's canonical URL path. */
        static final int URL = 105;
        /** A &lt;time&gt; element marked as the publication time. */
        static final int TIME_PUBLISHED = 90;
        /** A creation date the page states. */
        static final int CREATED = 85;
        /** Lowest score of what a page states about itself (ties go to the earliest date). */
        static final int STATED = 85;
        /** "Published: …", "Veröffentlicht am …", "Article Launched: …" written in the page. */
        static final int LABELLED = 80;
        /** A dateline or byline line at the article head. */
        static final int HEAD_LINE = 75;
        /** An element whose class or id says date, time, byline or post meta. */
        static final int DATE_ELEMENT = 70;
        /** The first &lt;time&gt; element. */
        static final int TIME = 65;
        /** A publication field in a page script's JSON state ("publishedAt"). */
        static final int SCRIPT_FIELD = 60;
        /** A meta tag with a date in an unnamed role. */
        static final int OTHER_META = 50;
        /** Added for each other source that gives the same date (at most four times). */
        static final int AGREEMENT = 4;
        /** An update or modification date: the last resort. */
        static final int MODIFIED = 30;
        /** The first date written in the body text. */
        static final int TEXT = 20;
        /** The first date anywhere in the page, taken only when the page offers no other. */
        static final int LAST_RESORT = 10;

        private DateScores() {
        }
    }
}
