package nl.samenplan.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A closed file is past its retention term when the day it was closed, plus the term in years, lies before today. */
class RetentionRuleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T02:45:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @Test
    void a_file_closed_twenty_one_years_ago_is_past_a_term_of_twenty_years() {
        assertThat(RetentionRule.isPastTerm(TODAY.minusYears(21), 20, TODAY)).isTrue();
    }

    @Test
    void a_file_closed_nineteen_years_ago_is_not() {
        assertThat(RetentionRule.isPastTerm(TODAY.minusYears(19), 20, TODAY)).isFalse();
    }

    @Test
    void the_term_ends_on_its_anniversary_and_the_file_is_past_it_from_the_next_day() {
        assertThat(RetentionRule.isPastTerm(TODAY.minusYears(20), 20, TODAY)).as("the anniversary itself").isFalse();
        assertThat(RetentionRule.isPastTerm(TODAY.minusYears(20).minusDays(1), 20, TODAY)).isTrue();
    }

    @Test
    void an_open_file_is_never_past_its_term() {
        assertThat(RetentionRule.isPastTerm(null, 1, TODAY)).isFalse();
    }

    @Test
    void a_term_of_one_year_keeps_a_file_closed_this_year() {
        assertThat(RetentionRule.isPastTerm(TODAY.minusMonths(11), 1, TODAY)).isFalse();
        assertThat(RetentionRule.isPastTerm(TODAY.minusMonths(13), 1, TODAY)).isTrue();
    }

    @Test
    void the_databases_question_closed_before_a_day_gives_the_same_files_also_around_29_february() {
        LocalDate from = LocalDate.of(2003, 12, 1);
        for (LocalDate today : new LocalDate[] {TODAY, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28),
                LocalDate.of(2025, 3, 1), LocalDate.of(2028, 2, 29)}) {
            for (int years : new int[] {1, 4, 20}) {
                LocalDate before = RetentionRule.closedBefore(years, today);
                for (LocalDate closed = from; closed.isBefore(today); closed = closed.plusDays(1)) {
                    if (closed.isBefore(today.minusYears(years + 1L)) || closed.isAfter(today.minusYears(years - 1L))) {
                        continue; // far from the boundary
                    }
                    assertThat(closed.isBefore(before)).as("closed %s, %d years, today %s", closed, years, today)
                            .isEqualTo(RetentionRule.isPastTerm(closed, years, today));
                }
            }
        }
    }
}
