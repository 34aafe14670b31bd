package nl.samenplan.waitinglist;

/** What kind of place the client waits for. */
public enum WaitingListType {
    VERPLEEGHUIS,
    KLEINSCHALIG_WONEN,
    ANDERS;

    public String labelKey() {
        return "waitinglist.type." + name().toLowerCase();
    }
}
