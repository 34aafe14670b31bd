package nl.samenplan.catalog;

/** The three Dutch funding domains of professional care. */
public enum FundingDomain {
    /** Wet maatschappelijke ondersteuning: the municipality (household help, day care, home adaptation). */
    WMO,
    /** Zorgverzekeringswet: health insurance (district nursing, GP). */
    ZVW,
    /** Wet langdurige zorg: long-term care (VPT/MPT at home, nursing home). */
    WLZ;

    public String label() {
        return switch (this) {
            case WMO -> "Wmo";
            case ZVW -> "Zvw";
            case WLZ -> "Wlz";
        };
    }
}
