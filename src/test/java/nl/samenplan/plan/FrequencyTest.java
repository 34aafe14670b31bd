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
    @ValueSource(strings = {"Bij mooi weer", "t/m vr", "dagelijks om de week", "morgen", "8x per week", "3x per week om de week",
            "soms wel, soms niet", "elke 40 dagen", "2x per jaar", "veel"})
    void what_samenplan_cannot_tell_is_not_recognised(String text) {
        assertThat(Frequency.parse(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3x per week", "3 x per week", "3X per week", "3 keer per week", "drie keer per week",
            "driemaal per week", "3 maal per week", "3 dagen per week", "3x in de week", "3x/week", "3x per week."})
    void three_times_a_week_is_spread_over_monday_wednesday_and_friday(String text) {
        Frequency f = Frequency.parse(text).orElseThrow(() -> new AssertionError("not recognised: " + text));
        assertThat(f.kind()).isEqualTo(Frequency.Kind.WEEKDAYS);
        assertThat(f.spread()).isTrue();
        assertThat(f.timesPerWeek()).isEqualTo(3);
        assertThat(f.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(f.dates(null, null, MONDAY, MONDAY, MONDAY.plusDays(6)))
                .containsExactly(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(4));
    }

    @Test
    void other_counts_per_week_are_spread_evenly_and_once_or_seven_times_keep_their_plain_meaning() {
        assertThat(days("2 keer per week")).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(days("twee keer per week")).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(days("4x per week")).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(days("5 keer per week")).hasSize(5).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(days("6x per week")).hasSize(6).doesNotContain(DayOfWeek.SUNDAY);
        assertThat(Frequency.parse("1x per week").orElseThrow().kind()).isEqualTo(Frequency.Kind.WEEKLY);
        assertThat(Frequency.parse("een keer per week").orElseThrow().kind()).isEqualTo(Frequency.Kind.WEEKLY);
        assertThat(Frequency.parse("7 keer per week").orElseThrow().kind()).isEqualTo(Frequency.Kind.DAILY);
        assertThat(Frequency.parse("2x per maand").orElseThrow()).satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Frequency.Kind.WEEKLY);
            assertThat(f.everyWeeks()).isEqualTo(2);
        });
    }

    @Test
    void a_count_with_named_days_falls_on_the_named_days() {
        Frequency f = Frequency.parse("2x per week, op di en vr").orElseThrow();
        assertThat(f.spread()).isFalse();
        assertThat(f.days()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"elke ochtend", "Elke ochtend", "iedere ochtend", "'s ochtends", "’s morgens", "elke morgen",
            "dagelijks 's ochtends", "elke dag in de ochtend", "s ochtends om 8:00"})
    void every_morning_is_daily_in_the_morning(String text) {
        Frequency f = Frequency.parse(text).orElseThrow(() -> new AssertionError("not recognised: " + text));
        assertThat(f.kind()).isEqualTo(Frequency.Kind.DAILY);
        assertThat(f.partsOfDay()).containsExactly(Frequency.PartOfDay.OCHTEND);
        assertThat(f.dates(null, null, MONDAY, MONDAY, MONDAY.plusDays(6))).hasSize(7);
    }

    @Test
    void parts_of_the_day_go_with_any_rhythm() {
        assertThat(Frequency.parse("elke avond").orElseThrow().partsOfDay()).containsExactly(Frequency.PartOfDay.AVOND);
        assertThat(Frequency.parse("'s ochtends en 's avonds").orElseThrow().partsOfDay())
                .containsExactlyInAnyOrder(Frequency.PartOfDay.OCHTEND, Frequency.PartOfDay.AVOND);
        Frequency afternoons = Frequency.parse("dinsdagmiddag").orElseThrow();
        assertThat(afternoons.days()).containsExactly(DayOfWeek.TUESDAY);
        assertThat(afternoons.partsOfDay()).containsExactly(Frequency.PartOfDay.MIDDAG);
        assertThat(Frequency.parse("3 keer per week 's middags").orElseThrow().timesPerWeek()).isEqualTo(3);
        assertThat(Frequency.parse("wekelijks").orElseThrow().partsOfDay()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"om de dag", "Om de andere dag", "elke andere dag", "om de twee dagen", "om de 2 dagen",
            "elke 2 dagen", "iedere twee dagen"})
    void every_other_day_falls_on_every_second_day_from_the_start(String text) {
        Frequency f = Frequency.parse(text).orElseThrow(() -> new AssertionError("not recognised: " + text));
        assertThat(f.kind()).isEqualTo(Frequency.Kind.EVERY_DAYS);
        assertThat(f.everyDays()).isEqualTo(2);
        LocalDate wednesday = MONDAY.plusDays(2);
        assertThat(f.dates(wednesday, null, wednesday, MONDAY, MONDAY.plusDays(9)))
                .containsExactly(wednesday, wednesday.plusDays(2), wednesday.plusDays(4), wednesday.plusDays(6));
    }

    @Test
    void every_three_days_and_once_a_day_are_understood() {
        Frequency f = Frequency.parse("elke 3 dagen").orElseThrow();
        assertThat(f.everyDays()).isEqualTo(3);
        assertThat(f.dates(MONDAY, null, MONDAY, MONDAY, MONDAY.plusDays(6)))
                .containsExactly(MONDAY, MONDAY.plusDays(3), MONDAY.plusDays(6));
        assertThat(Frequency.parse("eens per dag").orElseThrow().kind()).isEqualTo(Frequency.Kind.DAILY);
        assertThat(Frequency.parse("2x per dag").orElseThrow().kind()).isEqualTo(Frequency.Kind.DAILY);
        assertThat(Frequency.parse("3 keer daags").orElseThrow().kind()).isEqualTo(Frequency.Kind.DAILY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"als het nodig is", "Als het nodig is.", "op afroep", "Op Afroep", "zo nodig", "z.n.",
            "indien nodig", "wanneer nodig", "wanneer het nodig is", "naar behoefte", "bij behoefte", "op verzoek",
            "als ze belt", "af en toe", "in overleg", "bij afspraken", "Bij afspraken", "alleen als het nodig is"})
    void help_on_demand_is_valid_and_makes_no_scheduled_tasks(String text) {
        Frequency f = Frequency.parse(text).orElseThrow(() -> new AssertionError("not recognised: " + text));
        assertThat(f.onDemand()).isTrue();
        assertThat(f.recurring()).isFalse();
        assertThat(f.once()).isFalse();
        assertThat(f.dates(null, null, MONDAY, MONDAY, MONDAY.plusDays(27))).isEmpty();
    }

    private static Set<DayOfWeek> days(String text) {
        Frequency f = Frequency.parse(text).orElseThrow(() -> new AssertionError("not recognised: " + text));
        assertThat(f.kind()).isEqualTo(Frequency.Kind.WEEKDAYS);
        return f.days();
    }
}
