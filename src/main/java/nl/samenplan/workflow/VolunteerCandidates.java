package nl.samenplan.workflow;

import java.util.List;
import java.util.Optional;

/**
 * A port the workflow needs and owns: the volunteers who could take a need. The volunteer register
 * implements it, so the workflow never imports it.
 */
public interface VolunteerCandidates {

    /**
     * The team's volunteers who offer this kind of help, best match first (the client's own village,
     * the days asked for, the lowest load), including those on pause or at their weekly maximum (the
     * router passes them over and says so). {@code frequency} is how often the help is asked for, as
     * typed (may be empty).
     */
    List<Candidates.Volunteer> volunteers(long needCategoryId, String village, String frequency);

    /** The login (user id) of a volunteer of the register, when they have one: their tasks go there. */
    Optional<Long> loginOf(long volunteerId);
}
