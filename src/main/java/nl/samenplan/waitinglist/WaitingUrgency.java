package nl.samenplan.waitinglist;

/** How urgent the admission is (as the Wlz indication says). */
public enum WaitingUrgency {
    NORMAAL,
    URGENT;

    public String labelKey() {
        return "waitinglist.urgency." + name().toLowerCase();
    }
}
