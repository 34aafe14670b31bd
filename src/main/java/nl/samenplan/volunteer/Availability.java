package nl.samenplan.volunteer;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.stream.Collectors;

/** A volunteer's availability as one short Dutch line ("di ochtend, do middag"), as the rules quote it. */
final class Availability {

    private static final String[] DAYS = {"ma", "di", "wo", "do", "vr", "za", "zo"};

    private Availability() {
    }

    static String text(Set<Slot> slots) {
        if (slots.isEmpty()) {
            return null;
        }
        return slots.stream().sorted()
                .map(s -> day(s.day()) + " " + s.part().name().toLowerCase())
                .collect(Collectors.joining(", "));
    }

    private static String day(DayOfWeek day) {
        return DAYS[day.getValue() - 1];
    }
}
