package nl.samenplan.volunteer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import nl.samenplan.base.PlausibleDate;

/**
 * What the coordinator keeps about a volunteer: contact, where they help (a village, or empty for the
 * whole area of the team), the services they offer (need categories), when they are available, how
 * many tasks a week at most, since when, their status, training and VOG (certificate of good
 * conduct), and the login they use, if any. The limits are the columns' ({@link VolunteerLimits}).
 */
public record VolunteerData(
        @NotBlank(message = "error.volunteer.nameRequired") @Size(max = VolunteerLimits.NAME) String name,
        @Size(max = VolunteerLimits.PHONE) String phone,
        @Size(max = VolunteerLimits.EMAIL) String email,
        @Size(max = VolunteerLimits.VILLAGE) String village,
        Set<Long> services, Set<Slot> availability, int maxPerWeek, @PlausibleDate LocalDate startDate,
        VolunteerStatus status, @Size(max = VolunteerLimits.TRAINING_NOTE) String trainingNote,
        boolean vogPresent, @PlausibleDate LocalDate vogDate, Long userId) {

    public VolunteerData {
        services = services == null ? Set.of() : Set.copyOf(services);
        availability = availability == null ? Set.of() : Set.copyOf(availability);
    }
}
