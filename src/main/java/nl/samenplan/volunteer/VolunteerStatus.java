package nl.samenplan.volunteer;

/** Whether a volunteer takes on work: actief, on pause for a while, or stopped. */
public enum VolunteerStatus {
    ACTIEF,
    PAUZE,
    GESTOPT;

    public String labelKey() {
        return "volunteer.status." + name().toLowerCase();
    }
}
