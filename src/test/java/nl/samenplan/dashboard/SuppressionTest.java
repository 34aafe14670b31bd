package nl.samenplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    private final Suppression five = new Suppression(5);

    @Test
    void a_count_below_the_threshold_shows_as_less_than_five_and_zero_too() {
        assertThat(five.count(4)).isEqualTo("<5");
        assertThat(five.count(0)).isEqualTo("<5");
        assertThat(five.count(5)).isEqualTo("5");
    }

    @Test
    void when_one_part_is_hidden_the_smallest_other_part_is_hidden_too_so_the_total_gives_nothing_away() {
        assertThat(five.groupTexts(new long[] {3, 10, 20}, 33)).containsExactly("<5", "<5", "20", "33");
    }

    @Test
    void two_hidden_parts_that_together_stay_below_the_threshold_take_a_third_with_them() {
        assertThat(five.groupTexts(new long[] {1, 2, 10, 30}, 43)).containsExactly("<5", "<5", "<5", "30", "43");
    }

    @Test
    void a_single_part_hidden_with_no_other_part_left_hides_the_total() {
        assertThat(five.groupTexts(new long[] {3, 12}, 15)).containsExactly("<5", "<5", "15");
        assertThat(five.groupTexts(new long[] {3}, 3)).containsExactly("<5", "<5");
    }

    @Test
    void nothing_is_hidden_when_every_count_reaches_the_threshold() {
        assertThat(five.groupTexts(new long[] {5, 6}, 11)).containsExactly("5", "6", "11");
    }
}
