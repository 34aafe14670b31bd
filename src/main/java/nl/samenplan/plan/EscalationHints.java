package nl.samenplan.plan;

import java.util.List;

/**
 * A port the plan needs and owns: what the system already knows about why the lower rungs are not enough
 * for a kind of help for this client, to pre-fill the justification of professional care. The workflow
 * rules implement it.
 */
public interface EscalationHints {

    List<Hint> hints(long clientId, long needCategoryId);
}
