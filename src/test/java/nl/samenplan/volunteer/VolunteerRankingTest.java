package nl.samenplan.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import nl.samenplan.volunteer.VolunteerRanking.Facts;
import org.junit.jupiter.api.Test;

class VolunteerRankingTest {

    private static final Set<DayOfWeek> TUESDAY = Set.of(DayOfWeek.TUESDAY);

    @Test
    void a_volunteer_of_the_clients_own_village_comes_before_one_of_the_whole_area() {
        List<Facts> ranked = VolunteerRanking.rank(List.of(
                new Facts(1, "Anna", null, TUESDAY, 0, 3),
                new Facts(2, "Bert", "Heideveen", TUESDAY, 0, 3)), "heideveen", Set.of());
        assertThat(ranked).extracting(Facts::name).containsExactly("Bert", "Anna");
    }

    @Test
    void a_volunteer_of_another_village_is_left_out() {
        assertThat(VolunteerRanking.rank(List.of(new Facts(1, "Anna", "Oosterzand", TUESDAY, 0, 3)), "Heideveen",
                Set.of())).isEmpty();
    }

    @Test
    void one_available_on_the_days_asked_comes_before_one_who_is_not() {
        List<Facts> ranked = VolunteerRanking.rank(List.of(
                new Facts(1, "Anna", null, Set.of(DayOfWeek.FRIDAY), 0, 3),
                new Facts(2, "Bert", null, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 2, 3),
                new Facts(3, "Cor", null, Set.of(DayOfWeek.TUESDAY), 0, 3)), "Heideveen",
                Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        assertThat(ranked).extracting(Facts::name).containsExactly("Bert", "Cor", "Anna");
    }

    @Test
    void with_all_else_equal_the_least_loaded_comes_first() {
        List<Facts> ranked = VolunteerRanking.rank(List.of(
                new Facts(1, "Anna", null, TUESDAY, 3, 4),
                new Facts(2, "Bert", null, TUESDAY, 1, 4)), "Heideveen", TUESDAY);
        assertThat(ranked).extracting(Facts::name).containsExactly("Bert", "Anna");
    }
}
