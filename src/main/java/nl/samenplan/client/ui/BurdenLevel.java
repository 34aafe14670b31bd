package nl.samenplan.client.ui;

/** The colour band of a caregiver's burden score; the score itself is always written beside it. */
final class BurdenLevel {

    /** Default threshold: from 7/10 a mantelzorger counts as overburdened. */
    static final int THRESHOLD = 7;

    private BurdenLevel() {
    }

    static String of(Integer score) {
        if (score == null) {
            return "none";
        }
        if (score >= THRESHOLD) {
            return "high";
        }
        return score >= THRESHOLD - 2 ? "mid" : "low";
    }
}
