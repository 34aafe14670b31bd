package nl.samenplan.client;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When a mantelzorger needs the team's attention. Plain Java, no Spring. A caregiver is flagged when their current
 * burden is at or above the threshold (a setting, default 7), or when it rose by {@value #RISE} or more between the
 * last two check-ins. A check-in is due when there never was one, or when the last one plus the interval is today or
 * earlier.
 */
public final class BurdenTrend {

    /** A rise by this much between two check-ins is a signal, even below the threshold. */
    public static final int RISE = 3;

    public enum Flag { OVERBURDENED, RISING }

    private BurdenTrend() {
    }

    /**
     * @param current the caregiver's current score (the latest check-in, or what the team set), or {@code null}
     * @param scores the check-in scores, oldest first
     */
    public static Set<Flag> flags(Integer current, List<Integer> scores, int threshold) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (current != null && current >= threshold) {
            flags.add(Flag.OVERBURDENED);
        }
        Integer rise = rise(scores);
        if (rise != null && rise >= RISE) {
            flags.add(Flag.RISING);
        }
        return flags;
    }

    /** The change between the last two check-ins, or {@code null} with fewer than two. */
    public static Integer rise(List<Integer> scores) {
        return scores.size() < 2 ? null : scores.get(scores.size() - 1) - scores.get(scores.size() - 2);
    }

    /** The date the next check-in is due; {@code null} when there never was one (due now). */
    public static LocalDate nextDue(LocalDate lastCheckIn, int intervalWeeks) {
        return lastCheckIn == null ? null : lastCheckIn.plusWeeks(intervalWeeks);
    }

    public static boolean isDue(LocalDate lastCheckIn, int intervalWeeks, LocalDate today) {
        return lastCheckIn == null || !nextDue(lastCheckIn, intervalWeeks).isAfter(today);
    }
}
