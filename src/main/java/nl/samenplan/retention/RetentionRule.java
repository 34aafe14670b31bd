package nl.samenplan.retention;

import java.time.LocalDate;

/**
 * Which closed files are past their retention term: closed on a day that, plus the term in years, lies before today.
 * Plain Java, no database; the job asks the database for the same files with {@link #closedBefore}.
 */
public final class RetentionRule {

    private RetentionRule() {
    }

    /** Whether a file closed on {@code closedOn} is past a term of {@code years} on {@code today} (open: never). */
    public static boolean isPastTerm(LocalDate closedOn, int years, LocalDate today) {
        return closedOn != null && closedOn.plusYears(years).isBefore(today);
    }

    /**
     * The files closed before this day are past the term: {@code closedOn + years < today} holds exactly when
     * {@code closedOn < closedBefore(years, today)}. That is {@code today - years}, except on 29 February when that
     * year has none: then a file closed on the 28th is past the term too, and the day is 1 March.
     */
    public static LocalDate closedBefore(int years, LocalDate today) {
        LocalDate day = today.minusYears(years);
        return day.plusYears(years).isBefore(today) ? day.plusDays(1) : day;
    }
}
