package nl.samenplan.client;

/** With whom the client allows the team to share their data. */
public enum ConsentRecipient {
    /** The care team itself. */
    TEAM,
    /** One network member (naaste) of the client. */
    NETWORK_MEMBER,
    /** The team's volunteers: what volunteer matching and a volunteer's task need. */
    VOLUNTEERS,
    /** A named organisation outside the team. */
    ORGANISATION;

    public String labelKey() {
        return "consent.recipient." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
