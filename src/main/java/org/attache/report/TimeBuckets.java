package org.attache.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Consecutive periods covering a date range, for mentions-over-time charts: days for a range of up to
 * three months, months up to eight years, years beyond.
 *
 * @param unit  DAYS, MONTHS or YEARS
 * @param first the start of the first period
 * @param size  how many periods
 */
record TimeBuckets(ChronoUnit unit, LocalDate first, int size) {

    static Optional<TimeBuckets> covering(String firstIso, String lastIso) {
        if (firstIso.isEmpty() || lastIso.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = LocalDate.parse(firstIso);
        LocalDate to = LocalDate.parse(lastIso);
        long days = ChronoUnit.DAYS.between(from, to);
        if (days <= 92) {
            return Optional.of(new TimeBuckets(ChronoUnit.DAYS, from, (int) days + 1));
        }
        LocalDate month = from.withDayOfMonth(1);
        long months = ChronoUnit.MONTHS.between(month, to.withDayOfMonth(1));
        if (months < 96) {
            return Optional.of(new TimeBuckets(ChronoUnit.MONTHS, month, (int) months + 1));
        }
        LocalDate year = from.withDayOfYear(1);
        return Optional.of(new TimeBuckets(ChronoUnit.YEARS, year, (int) ChronoUnit.YEARS.between(year,
                to.withDayOfYear(1)) + 1));
    }

    /** The period holding {@code date}, or -1 outside the range. */
    int index(LocalDate date) {
        long i = unit.between(first, truncate(date));
        return i < 0 || i >= size ? -1 : (int) i;
    }

    String label(int i) {
        LocalDate d = first.plus(i, unit);
        return switch (unit) {
            case DAYS -> d.toString();
            case MONTHS -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            default -> Integer.toString(d.getYear());
        };
    }

    /** "day", "month" or "year", for axis titles. */
    String unitName() {
        return switch (unit) {
            case DAYS -> "day";
            case MONTHS -> "month";
            default -> "year";
        };
    }

    private LocalDate truncate(LocalDate d) {
        return switch (unit) {
            case DAYS -> d;
            case MONTHS -> d.withDayOfMonth(1);
            default -> d.withDayOfYear(1);
        };
    }
}
