package nl.samenplan.client;

/** Where a client stands with the team. */
public enum ClientStatus {
    AANGEMELD,
    ACTIEF,
    AFGESLOTEN;

    public String labelKey() {
        return "client.status." + name().toLowerCase();
    }
}
