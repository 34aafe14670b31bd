package nl.samenplan.volunteer;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the coordinator keeps about a volunteer: contact, where they help (a village, or empty for the
 * whole area of the team), the services they offer (need categories), when they are available, how
 * many tasks a week at most, since when, their status, training and the VOG (certificate of good
 * conduct), and the login they use, if any.
 */
public record VolunteerData(String name, String phone, String email, String village, Set<Long> services,
        Set<Slot> availability, int maxPerWeek, LocalDate startDate, VolunteerStatus status, String trainingNote,
        boolean vogPresent, LocalDate vogDate, Long userId) {

    public VolunteerData {
        services = services == null ? Set.of() : Set.copyOf(services);
        availability = availability == null ? Set.of() : Set.copyOf(availability);
    }
}
