package nl.samenplan.volunteer;

/** The parts of a day a volunteer can be available. */
public enum DayPart {
    OCHTEND,
    MIDDAG,
    AVOND;

    public String labelKey() {
        return "volunteer.dayPart." + name().toLowerCase();
    }
}
