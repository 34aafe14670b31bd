package nl.samenplan.catalog;

/**
 * The numbers the rules and the dashboard use, which the beheerder can change: from which burden score a
 * mantelzorger is not proposed, how many months until professional care is reviewed, how old an MDO may
 * be for a nursing-home application, the cost avoided per client who stays at home (the seeds cite
 * 38,400 euro from the evaluation of the cross-domain experiments), and below which count aggregate
 * figures are suppressed; and how many years after closing a client file is kept before the nightly job anonymises
 * it (20 by default: the Wgbo's term for medical files).
 */
public record Settings(int burdenThreshold, int reviewMonths, int mdoDays, long costPerClientEuros,
        int smallCountThreshold, int retentionYears) {

    /** The small-count threshold can not be set lower: below five a person can be recognised in the figures. */
    public static final int MIN_SMALL_COUNT = 5;

    /** The Wgbo keeps medical files 20 years; the default for a closed client file. */
    public static final int DEFAULT_RETENTION_YEARS = 20;

    public static final Settings DEFAULTS = new Settings(7, 3, 90, 38_400, 5, DEFAULT_RETENTION_YEARS);

    /** The settings with the default retention term. */
    public Settings(int burdenThreshold, int reviewMonths, int mdoDays, long costPerClientEuros,
            int smallCountThreshold) {
        this(burdenThreshold, reviewMonths, mdoDays, costPerClientEuros, smallCountThreshold,
                DEFAULT_RETENTION_YEARS);
    }
}
