package nl.samenplan.workflow;

/** How soon a need must be met. */
public enum Urgency {
    LAAG, NORMAAL, HOOG;

    public String labelKey() {
        return "need.urgency." + name().toLowerCase();
    }
}
