package nl.samenplan.waitinglist;

/**
 * Where a client on the waiting list stands: actief wachtend (wants the first place), wenswachtend
 * (waits for a preferred home), voorlopig niet (at home for now, e.g. thanks to the support), or off the
 * list (afgemeld).
 */
public enum WaitingStatus {
    ACTIEF_WACHTEND,
    WENSWACHTEND,
    VOORLOPIG_NIET,
    AFGEMELD;

    public boolean onList() {
        return this != AFGEMELD;
    }

    public String labelKey() {
        return "waitinglist.status." + name().toLowerCase();
    }
}
