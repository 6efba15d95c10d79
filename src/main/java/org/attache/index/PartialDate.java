package org.attache.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day, month or year as a user writes it in a filter ({@code 2021-06-14}, {@code 2021-06},
 * {@code 2021}), as the first and last day it covers: {@code --since 2021} starts on 1 January,
 * {@code --until 2021} ends on 31 December.
 */
public record PartialDate(LocalDate first, LocalDate last) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PartialDate {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range ends before it starts: " + first + " to " + last);
        }
    }

    /** Parses {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; the message names the bad value. */
    public static PartialDate parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a date like 2021-06-14, 2021-06 or 2021, got '" + t + "'");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new PartialDate(month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new PartialDate(day, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: '" + t + "'");
        }
    }
}
