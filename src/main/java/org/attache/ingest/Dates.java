package org.attache.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written in the usual ways of many languages ("2019-11-18T...", "Sun Jun 20
 * 2021", "November 18, 2019", "28 May. 2018", "3. März 2021", "3 de marzo de 2021", "18.11.2019",
 * "2021年3月3日") and answers them as ISO yyyy-mm-dd. Month names come from {@link MonthNames}.
 * Day-first numbers with dots or hyphens are read as Europe writes them; slashed numbers only
 * when one part is over 12 (12/11/2019 is ambiguous and not read). Dates before the web (1993)
 * or after tomorrow are not dates of a page.
 */
final class Dates {

    /** A word that may be a month name: letters, possibly abbreviated with a dot. */
    private static final String WORD = "(\\p{L}{3,12})\\.?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])" + YEAR + "[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("\\b" + YEAR + "(\\d\\d)(\\d\\d)T\\d");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + WORD + ",?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d.])(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:of\\s+|de\\s+|-)?" + WORD
                    + "(?:\\s+de)?[,\\s-]\\s*" + YEAR + "(?!\\d)");
    /** Hungarian and Baltic order: "2021. március 3." */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<!\\d)" + YEAR + "\\.?\\s+" + WORD + "\\s+(\\d{1,2})\\b");
    private static final Pattern CJK = Pattern.compile(YEAR + "\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    /** 18.11.2019, 18-11-2019: day first. */
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d{1,2})[.-]\\s?(\\d{1,2})[.-]\\s?" + YEAR + "(?![\\d])");
    /** 28.01.22: day first, a two-digit year of this century. */
    private static final Pattern DAY_FIRST_SHORT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d\\d)(?![\\d.])");
    /** 12/30/2007 or 30/12/2007: read only when one part is over 12. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/" + YEAR + "(?![\\d/])");
    /** News URLs: /2015/03/18/, /2007/WORLD/meast/11/29/, /20200428/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/" + YEAR + "/(?:[A-Za-z_-]+/){0,3}(\\d{1,2})/(\\d{1,2})(?:/|[_.]|$)|/" + YEAR + "-(\\d\\d)-(\\d\\d)(?!\\d)");
    private static final Pattern URL_COMPACT = Pattern.compile("/" + YEAR + "(\\d\\d)(\\d\\d)(?:/|[-_]|\\.html?)");
    private static final List<Pattern> ALL = List.of(ISO, COMPACT, MONTH_DAY_YEAR, DAY_MONTH_YEAR, YEAR_MONTH_DAY, CJK,
            DAY_FIRST, SLASHED, DAY_FIRST_SHORT);
    private static final LocalDate BEFORE_THE_WEB = LocalDate.of(1993, 1, 1);

    private Dates() {
    }

    /** The first date written in the text, as ISO yyyy-mm-dd. */
    static Optional<String> find(String text) {
        return firstMatch(text).map(Match::iso);
    }

    /** The date in a URL path, as ISO yyyy-mm-dd. */
    static Optional<String> fromUrl(String url) {
        for (Pattern p : List.of(URL_DATE, URL_COMPACT)) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 4;
                Optional<String> iso = iso(m.group(g), m.group(g + 1), m.group(g + 2));
                if (iso.isPresent()) {
                    return iso;
                }
            }
        }
        return Optional.empty();
    }

    /** A date found in a text, with where it was. */
    record Match(String iso, int start, int end) {
    }

    static Optional<Match> firstMatch(String text) {
        Match best = null;
        for (Pattern p : ALL) {
            Matcher m = p.matcher(text);
            while (m.find() && (best == null || m.start() < best.start())) {
                Optional<String> iso = read(p, m);
                if (iso.isPresent()) {
                    best = new Match(iso.get(), m.start(), m.end());
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every date written in the text, in reading order (at most {@code limit}). */
    static List<Match> all(String text, int limit) {
        List<Match> found = new ArrayList<>();
        int from = 0;
        while (found.size() < limit && from < text.length()) {
            Optional<Match> next = firstMatch(text.substring(from));
            if (next.isEmpty()) {
                break;
            }
            Match m = next.get();
            found.add(new Match(m.iso(), from + m.start(), from + m.end()));
            from += Math.max(m.end(), 1);
        }
        return found;
    }

    private static Optional<String> read(Pattern p, Matcher m) {
        if (p == MONTH_DAY_YEAR) {
            return MonthNames.month(m.group(1)).flatMap(month -> iso(m.group(3), month.toString(), m.group(2)));
        }
        if (p == DAY_MONTH_YEAR) {
            return MonthNames.month(m.group(2)).flatMap(month -> iso(m.group(3), month.toString(), m.group(1)));
        }
        if (p == YEAR_MONTH_DAY) {
            return MonthNames.month(m.group(2)).flatMap(month -> iso(m.group(1), month.toString(), m.group(3)));
        }
        if (p == DAY_FIRST_SHORT) {
            return iso("20" + m.group(3), m.group(2), m.group(1));
        }
        if (p == DAY_FIRST) {
            return iso(m.group(3), m.group(2), m.group(1));
        }
        if (p == SLASHED) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && b <= 12) {
                return iso(m.group(3), m.group(2), m.group(1));
            }
            return b > 12 && a <= 12 ? iso(m.group(3), m.group(1), m.group(2)) : Optional.empty();
        }
        return iso(m.group(1), m.group(2), m.group(3));
    }

    private static Optional<String> iso(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return plausible(date) ? Optional.of(date.toString()) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Pages were not published before the web, nor after tomorrow (a time zone ahead of ours). */
    static boolean plausible(LocalDate date) {
        return !date.isBefore(BEFORE_THE_WEB) && !date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }
}
