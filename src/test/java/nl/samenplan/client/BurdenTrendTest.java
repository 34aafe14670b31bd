package nl.samenplan.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.samenplan.client.BurdenTrend.Flag;
import org.junit.jupiter.api.Test;

class BurdenTrendTest {

    private static final int THRESHOLD = 7;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void a_caregiver_at_the_threshold_is_flagged_as_overburdened() {
        assertThat(BurdenTrend.flags(7, List.of(6, 7), THRESHOLD)).containsExactly(Flag.OVERBURDENED);
    }

    @Test
    void a_caregiver_just_below_the_threshold_and_steady_is_not_flagged() {
        assertThat(BurdenTrend.flags(6, List.of(5, 6), THRESHOLD)).isEmpty();
    }

    @Test
    void a_caregiver_rising_by_three_is_flagged_even_below_the_threshold() {
        assertThat(BurdenTrend.flags(5, List.of(2, 5), THRESHOLD)).containsExactly(Flag.RISING);
    }

    @Test
    void a_caregiver_rising_by_two_is_not_flagged() {
        assertThat(BurdenTrend.flags(4, List.of(2, 4), THRESHOLD)).isEmpty();
    }

    @Test
    void only_the_last_two_check_ins_count_for_the_rise() {
        assertThat(BurdenTrend.rise(List.of(1, 5, 6))).isEqualTo(1);
        assertThat(BurdenTrend.flags(6, List.of(1, 5, 6), THRESHOLD)).isEmpty();
    }

    @Test
    void rising_from_five_to_eight_is_both_overburdened_and_rising() {
        assertThat(BurdenTrend.flags(8, List.of(4, 5, 8), THRESHOLD)).containsExactlyInAnyOrder(Flag.OVERBURDENED,
                Flag.RISING);
    }

    @Test
    void a_single_check_in_has_no_rise() {
        assertThat(BurdenTrend.rise(List.of(9))).isNull();
        assertThat(BurdenTrend.flags(null, List.of(), THRESHOLD)).isEmpty();
    }

    @Test
    void the_threshold_is_a_setting() {
        assertThat(BurdenTrend.flags(6, List.of(6), 6)).containsExactly(Flag.OVERBURDENED);
    }

    @Test
    void a_caregiver_never_checked_in_is_due_now() {
        assertThat(BurdenTrend.isDue(null, 4, TODAY)).isTrue();
        assertThat(BurdenTrend.nextDue(null, 4)).isNull();
    }

    @Test
    void a_check_in_is_due_on_the_day_the_interval_has_passed_and_not_the_day_before() {
        assertThat(BurdenTrend.isDue(TODAY.minusWeeks(4), 4, TODAY)).isTrue();
        assertThat(BurdenTrend.isDue(TODAY.minusWeeks(4).plusDays(1), 4, TODAY)).isFalse();
        assertThat(BurdenTrend.nextDue(TODAY.minusWeeks(4), 4)).isEqualTo(TODAY);
    }
}
