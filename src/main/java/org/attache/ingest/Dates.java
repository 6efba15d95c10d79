package org.attache.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date written in any of the usual ways ("2019-11-18T...", "Sun Jun 20 2021",
 * "November 18, 2019", "28 May. 2018 16:29", "Nov. 21, 2017") and answers it as ISO yyyy-mm-dd.
 * Purely numeric day/month orders other than year-first are ambiguous and not read.
 */
final class Dates {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("\\b((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)T\\d");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    /** News URLs: /2015/03/18/ or /2007/WORLD/meast/11/29/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)/(?:[A-Za-z_-]+/){0,3}(\\d{1,2})/(\\d{1,2})/");

    private Dates() {
    }

    /** The first date written in the text, as ISO yyyy-mm-dd. */
    static Optional<String> find(String text) {
        Optional<Match> m = firstMatch(text);
        return m.map(Match::iso);
    }

    /** The date in a URL path, as ISO yyyy-mm-dd. */
    static Optional<String> fromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            Optional<String> iso = iso(m.group(1), m.group(2), m.group(3));
            if (iso.isPresent()) {
                return iso;
            }
        }
        return Optional.empty();
    }

    /** A date found in a text, with where it was. */
    record Match(String iso, int start, int end) {
    }

    static Optional<Match> firstMatch(String text) {
        Match best = null;
        for (Pattern p : new Pattern[] {ISO, COMPACT, MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<String> iso = p == MONTH_DAY_YEAR ? iso(m.group(3), month(m.group(1)), m.group(2))
                        : p == DAY_MONTH_YEAR ? iso(m.group(3), month(m.group(2)), m.group(1))
                        : iso(m.group(1), m.group(2), m.group(3));
                if (iso.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Match(iso.get(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m) / 3 + 1;
        return Integer.toString(index);
    }

    private static Optional<String> iso(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
