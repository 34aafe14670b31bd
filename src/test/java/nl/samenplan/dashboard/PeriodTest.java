package nl.samenplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void a_quarter_runs_from_its_first_to_its_last_day_and_the_one_before_is_the_previous_quarter() {
        Period q1 = Period.quarter(2024, 1);
        assertThat(q1.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(q1.previous()).isEqualTo(Period.quarter(2023, 4));
        assertThat(Period.containing(Period.Kind.QUARTER, LocalDate.of(2024, 6, 30))).isEqualTo(Period.quarter(2024, 2));
    }

    @Test
    void the_month_before_march_in_a_leap_year_ends_on_the_29th() {
        assertThat(Period.month(YearMonth.of(2024, 3)).previous().end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void a_custom_period_is_preceded_by_one_of_the_same_length() {
        Period p = Period.custom(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 19));
        assertThat(p.previous()).isEqualTo(Period.custom(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 9)));
    }

    @Test
    void a_year_splits_into_twelve_months_and_a_month_into_weeks_that_cover_it_exactly() {
        assertThat(Period.year(2023).parts()).hasSize(12).first()
                .isEqualTo(Period.custom(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31)));
        var weeks = Period.month(YearMonth.of(2023, 2)).parts();
        assertThat(weeks).hasSize(4);
        assertThat(weeks.get(3).end()).isEqualTo(LocalDate.of(2023, 2, 28));
        var days = Period.month(YearMonth.of(2023, 3)).parts();
        assertThat(days).hasSize(5);
        assertThat(days.get(4)).isEqualTo(Period.custom(LocalDate.of(2023, 3, 29), LocalDate.of(2023, 3, 31)));
    }

    @Test
    void a_custom_period_of_several_months_starting_mid_month_is_cut_at_its_edges() {
        var parts = Period.custom(LocalDate.of(2023, 1, 15), LocalDate.of(2023, 4, 10)).parts();
        assertThat(parts).extracting(Period::start).containsExactly(LocalDate.of(2023, 1, 15), LocalDate.of(2023, 2, 1),
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 1));
        assertThat(parts.get(3).end()).isEqualTo(LocalDate.of(2023, 4, 10));
    }
}
