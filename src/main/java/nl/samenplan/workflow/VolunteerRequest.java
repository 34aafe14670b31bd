package nl.samenplan.workflow;

import java.util.List;

/**
 * An open request for volunteer help, as the coordinator sees it: whose (name and village), what kind and what
 * exactly, how often and from when, when it was asked, whether the client consented to volunteers (null:
 * not recorded), the volunteers proposed (best first) and who was passed over. No client id: no link to the file.
 */
public record VolunteerRequest(long needId, String clientName, String village, String categoryName,
        String what, String frequency, java.time.LocalDate startDate, java.time.Instant createdAt,
        Boolean volunteerConsent, List<Proposal> volunteers, List<Reason> passedOver) {

    /** No volunteer in the register can take it now: it stays visible as "geen match". */
    public boolean noMatch() {
        return volunteers.isEmpty();
    }
}
