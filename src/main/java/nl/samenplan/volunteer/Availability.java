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

    /**
     * The asked days (and parts of the day, when asked) that these slots do not cover, in the same short words
     * ("di, do ochtend"); null when all are covered, nothing is asked, or the volunteer gave no availability at all
     * (then it is not known, not "none").
     */
    static String notCovered(Set<Slot> slots, Set<DayOfWeek> daysAsked, Set<DayPart> partsAsked) {
        if (slots.isEmpty() || daysAsked.isEmpty()) {
            return null;
        }
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (DayOfWeek day : new java.util.TreeSet<>(daysAsked)) {
            if (partsAsked.isEmpty()) {
                if (slots.stream().noneMatch(s -> s.day() == day)) {
                    missing.add(day(day));
                }
                continue;
            }
            new java.util.TreeSet<>(partsAsked).stream().filter(p -> !slots.contains(new Slot(day, p)))
                    .forEach(p -> missing.add(day(day) + " " + p.name().toLowerCase()));
        }
        return missing.isEmpty() ? null : String.join(", ", missing);
    }

    private static String day(DayOfWeek day) {
        return DAYS[day.getValue() - 1];
    }
}
