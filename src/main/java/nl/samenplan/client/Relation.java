package nl.samenplan.client;

/** How a network member (naaste) relates to the client; closer relations sit closer in the picture. */
public enum Relation {
    PARTNER(1),
    KIND(1),
    BUUR(2),
    VRIEND(2),
    LID_ZORGCIRKEL(2),
    ANDERS(2);

    private final int ring;

    Relation(int ring) {
        this.ring = ring;
    }

    /** 1 = the inner ring of the network picture, 2 = the next. */
    public int ring() {
        return ring;
    }

    public String labelKey() {
        return "relation." + name().toLowerCase();
    }
}
