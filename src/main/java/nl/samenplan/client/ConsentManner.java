package nl.samenplan.client;

/** How a consent was given. */
public enum ConsentManner {
    /** Spoken, in a talk with the team. */
    MONDELING,
    /** Signed on paper. */
    SCHRIFTELIJK,
    /** By a representative (a curator, mentor or someone with power of attorney), whose name is recorded. */
    VERTEGENWOORDIGER;

    public String labelKey() {
        return "consent.manner." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
