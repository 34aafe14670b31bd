package nl.samenplan.volunteer;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranks the volunteers who offer a kind of help, best match first: one who lives in the client's own
 * village before one who helps in the whole area; one available on all the days asked for before one
 * available on some, before one on none; then the lowest load against their weekly maximum; then by
 * name. Volunteers of another village are left out. Plain Java.
 */
final class VolunteerRanking {

    /** What ranking needs to know of a volunteer. */
    record Facts(long id, String name, String village, Set<DayOfWeek> days, int load, int maxPerWeek) {
    }

    private VolunteerRanking() {
    }

    static List<Facts> rank(List<Facts> volunteers, String clientVillage, Set<DayOfWeek> daysAsked) {
        return volunteers.stream()
                .filter(v -> serves(v.village(), clientVillage))
                .sorted(Comparator.<Facts>comparingInt(v -> v.village() == null ? 1 : 0)
                        .thenComparingInt(v -> coverage(v.days(), daysAsked))
                        .thenComparingDouble(v -> (double) v.load() / Math.max(1, v.maxPerWeek()))
                        .thenComparing(Facts::name))
                .toList();
    }

    /** A volunteer without a village helps in the whole area of the team. */
    static boolean serves(String volunteerVillage, String clientVillage) {
        return volunteerVillage == null || clientVillage != null
                && volunteerVillage.toLowerCase(Locale.ROOT).equals(clientVillage.toLowerCase(Locale.ROOT));
    }

    /** 0: available on every day asked (or no days asked), 1: on some, 2: on none. */
    private static int coverage(Set<DayOfWeek> available, Set<DayOfWeek> asked) {
        if (asked.isEmpty() || available.containsAll(asked)) {
            return 0;
        }
        return asked.stream().anyMatch(available::contains) ? 1 : 2;
    }
}
