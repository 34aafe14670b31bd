package nl.samenplan.plan;

/** The support ladder: informal first, professional care only when the lower rungs are not enough. */
public enum SupportRung {
    /** 0: the client does it, perhaps with an aid or home technology. */
    ZELF,
    /** 1: partner, children, neighbours, care circle. */
    EIGEN_NETWERK,
    /** 2: the cooperative's volunteers. */
    VRIJWILLIGERS,
    /** 3: general provisions, no indication needed. */
    ALGEMENE_VOORZIENINGEN,
    /** 4: professional care with a funding domain (Wmo, Zvw, Wlz). */
    PROFESSIONELE_ZORG;

    public int level() {
        return ordinal();
    }

    public static SupportRung ofLevel(int level) {
        return values()[level];
    }

    public boolean isProfessional() {
        return this == PROFESSIONELE_ZORG;
    }

    public String labelKey() {
        return "rung." + name().toLowerCase();
    }
}
