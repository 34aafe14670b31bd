package nl.samenplan.waitinglist;

/** Why a client left the waiting list. The first is what the team works for. */
public enum LeaveReason {
    BLIJFT_THUIS,
    OPGENOMEN,
    OVERLEDEN,
    NIET_MEER_NODIG,
    VERHUISD;

    public String labelKey() {
        return "waitinglist.reason." + name().toLowerCase();
    }
}
