package nl.samenplan.client.ui;

/** The colour band of a caregiver's burden score; the score itself is always written beside it. */
final class BurdenLevel {

    /** Default threshold: from 7/10 a mantelzorger counts as overburdened. */
    static final int THRESHOLD = 7;

    private BurdenLevel() {
    }

    static String of(Integer score) {
        return of(score, THRESHOLD);
    }

    /** With the threshold in force (the setting). */
    static String of(Integer score, int threshold) {
        if (score == null) {
            return "none";
        }
        if (score >= threshold) {
            return "high";
        }
        return score >= threshold - 2 ? "mid" : "low";
    }
}
