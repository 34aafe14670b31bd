package nl.samenplan.plan;

import java.util.List;

/**
 * A port the plan needs and owns: the kinds of need that the client's own answer to "Waar heeft u behoefte aan?"
 * names and that are not recorded as an open need yet, and recording them all at once, so that what the client said
 * at the kitchen table is not typed again as needs. The workflow rules implement it.
 */
public interface NeedsFromAnswer {

    /** The names of the kinds of need the saved answer names that have no open need, in catalogue order. */
    List<String> unrecorded(long clientId);

    /** Records each of them as a need of the client (routed along the ladder); returns how many. */
    int recordAll(long clientId);
}
