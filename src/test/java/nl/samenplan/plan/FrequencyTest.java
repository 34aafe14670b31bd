package nl.samenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrequencyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void di_en_do_falls_on_tuesdays_and_thursdays() {
        Frequency f = Frequency.parse("di en do").orElseThrow();
        assertThat(f.kind()).isEqualTo(Frequency.Kind.WEEKDAYS);
        assertThat(f.days()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(f.dates(null, null, MONDAY, MONDAY, MONDAY.plusDays(13))).containsExactly(
                MONDAY.plusDays(1), MONDAY.plusDays(3), MONDAY.plusDays(8), MONDAY.plusDays(10));
    }

    @Test
    void the_ways_people_write_days_are_understood() {
        assertThat(days("Ma, wo, vr")).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(days("ma t/m vr")).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);
        assertThat(days("werkdagen")).hasSize(5);
        assertThat(days("Woensdagochtend")).containsExactly(DayOfWeek.WEDNESDAY);
        assertThat(days("dinsdag- en vrijdagmiddag")).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
        assertThat(days("wekelijks op zaterdag om 10:00")).containsExactly(DayOfWeek.SATURDAY);
        assertThat(days("Zondag")).containsExactly(DayOfWeek.SUNDAY);
        assertThat(days("weekend")).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(days("vr-ma")).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY);
    }

    @Test
    void dagelijks_is_every_day_between_start_and_end() {
        Frequency f = Frequency.parse("Dagelijks").orElseThrow();
        assertThat(f.dates(MONDAY.plusDays(2), MONDAY.plusDays(4), MONDAY, MONDAY, MONDAY.plusDays(13)))
                .containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4));
    }

    @Test
    void wekelijks_falls_on_the_weekday_of_the_start_date() {
        Frequency f = Frequency.parse("wekelijks").orElseThrow();
        LocalDate thursday = MONDAY.plusDays(3);
        assertThat(f.dates(thursday, null, thursday, MONDAY, MONDAY.plusDays(13)))
                .containsExactly(thursday, thursday.plusWeeks(1));
    }

    @Test
    void om_de_week_skips_every_other_week_from_the_anchor() {
        Frequency f = Frequency.parse("om de week op vrijdag").orElseThrow();
        assertThat(f.everyWeeks()).isEqualTo(2);
        assertThat(f.dates(null, null, MONDAY, MONDAY, MONDAY.plusDays(27)))
                .containsExactly(MONDAY.plusDays(4), MONDAY.plusDays(18));
        assertThat(Frequency.parse("Om de week").orElseThrow().kind()).isEqualTo(Frequency.Kind.WEEKLY);
    }

    @Test
    void maandelijks_keeps_the_day_of_the_month_and_the_last_day_in_short_months() {
        Frequency f = Frequency.parse("maandelijks").orElseThrow();
        LocalDate jan31 = LocalDate.of(2027, 1, 31);
        assertThat(f.dates(jan31, null, jan31, jan31, LocalDate.of(2027, 3, 31)))
                .containsExactly(jan31, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
    }

    @Test
    void empty_or_eenmalig_is_once() {
        assertThat(Frequency.parse("").orElseThrow().recurring()).isFalse();
        assertThat(Frequency.parse(null).orElseThrow().recurring()).isFalse();
        assertThat(Frequency.parse("eenmalig").orElseThrow()).isEqualTo(Frequency.ONCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3x per week", "Bij afspraken", "als het nodig is", "elke 3 dagen", "t/m vr", "dagelijks om de week"})
    void what_names_no_days_is_not_recognised(String text) {
        assertThat(Frequency.parse(text)).isEmpty();
    }

    private static Set<DayOfWeek> days(String text) {
        Frequency f = Frequency.parse(text).orElseThrow(() -> new AssertionError("not recognised: " + text));
        assertThat(f.kind()).isEqualTo(Frequency.Kind.WEEKDAYS);
        return f.days();
    }
}
