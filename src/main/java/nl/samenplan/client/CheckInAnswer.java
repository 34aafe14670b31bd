package nl.samenplan.client;

/** The answer to a check-in question: yes, sometimes, no. */
public enum CheckInAnswer {
    JA, SOMS, NEE;

    public String labelKey() {
        return "checkIn.answer." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
