package nl.samenplan.workflow;

/** Where a need came from. */
public enum NeedSource {
    CLIENT, MANTELZORGER, HUISARTS_POH, WIJKVERPLEGING, BUURT;

    public String labelKey() {
        return "need.source." + name().toLowerCase();
    }
}
