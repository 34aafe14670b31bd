package nl.samenplan.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A period of the dashboard: a month, a quarter, a year or a custom range of days, from {@code start} up to and
 * including {@code end}. Knows the period before it and how to split itself into the points of a chart "over time"
 * (a year and a quarter into months, a month into weeks; a custom range by its length).
 */
public record Period(Kind kind, LocalDate start, LocalDate end) {

    public enum Kind {
        MONTH, QUARTER, YEAR, CUSTOM;

        public String labelKey() {
            return "dashboard.period." + name().toLowerCase();
        }
    }

    public Period {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period ends on or after its start: " + start + " - " + end);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** Quarter 1-4 of the year. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(Kind.CUSTOM, from, to);
    }

    /** The month, quarter or year that contains the day (a custom kind gives the month). */
    public static Period containing(Kind kind, LocalDate day) {
        return switch (kind) {
            case YEAR -> year(day.getYear());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case MONTH, CUSTOM -> month(YearMonth.from(day));
        };
    }

    /** The first day after the period (the exclusive end the database queries use). */
    public LocalDate endExclusive() {
        return end.plusDays(1);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, endExclusive());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The period just before: the previous month, quarter or year; a custom range of the same length. */
    public Period previous() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(start).minusMonths(1));
            case QUARTER -> new Period(Kind.QUARTER, start.minusMonths(3), start.minusDays(1));
            case YEAR -> year(start.getYear() - 1);
            case CUSTOM -> custom(start.minusDays(days()), start.minusDays(1));
        };
    }

    /** The same period a year earlier (the default baseline). */
    public Period yearEarlier() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(start).minusYears(1));
            case QUARTER -> new Period(Kind.QUARTER, start.minusYears(1), start.minusYears(1).plusMonths(3).minusDays(1));
            case YEAR -> year(start.getYear() - 1);
            case CUSTOM -> custom(start.minusYears(1), end.minusYears(1));
        };
    }

    /**
     * The points of a chart over time, in order, together covering exactly this period: months for a year or a
     * quarter, weeks of 7 days (the last one shorter) for a month; a custom range of up to 62 days in weeks, up to
     * 3 years in months, longer in years. Parts at the edges are cut to the period.
     */
    public List<Period> parts() {
        ChronoUnit unit = switch (kind) {
            case YEAR, QUARTER -> ChronoUnit.MONTHS;
            case MONTH -> ChronoUnit.WEEKS;
            case CUSTOM -> days() <= 62 ? ChronoUnit.WEEKS : days() <= 3 * 366 ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
        };
        List<Period> parts = new ArrayList<>();
        LocalDate from = start;
        while (!from.isAfter(end)) {
            LocalDate next = switch (unit) {
                case WEEKS -> from.plusWeeks(1);
                case MONTHS -> from.withDayOfMonth(1).plusMonths(1);
                default -> from.withDayOfYear(1).plusYears(1);
            };
            LocalDate to = next.minusDays(1).isAfter(end) ? end : next.minusDays(1);
            parts.add(custom(from, to));
            from = next;
        }
        return parts;
    }
}
