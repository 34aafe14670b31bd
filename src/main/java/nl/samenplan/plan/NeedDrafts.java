package nl.samenplan.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A port the plan needs and owns: the facts of a need (hulpvraag) of the client, to carry over into an
 * agreement that answers it (the hand-over from need to agreement), so nothing is typed twice. The
 * workflow implements it.
 */
public interface NeedDrafts {

    /**
     * The need's facts, when it is a need of this client that no agreement meets yet, with the one of the plan's
     * {@code goals} it belongs to, if that is clear.
     */
    Optional<NeedDraft> draft(long clientId, long needId, java.util.List<PlanContent.GoalItem> goals);

    /** The client's needs that no agreement meets yet, oldest first. */
    java.util.List<NeedDraft> openNeeds(long clientId);

    /**
     * What an agreement takes over from a need: its kind, its words, how often, from when, for which goal, and the
     * funding domain professional care of its kind usually falls under (or null).
     */
    record NeedDraft(long needId, long needCategoryId, String what, String frequency, LocalDate startDate,
            String goalKey, nl.samenplan.catalog.FundingDomain usualDomain) {

        public NeedDraft(long needId, long needCategoryId, String what, String frequency, LocalDate startDate,
                String goalKey) {
            this(needId, needCategoryId, what, frequency, startDate, goalKey, null);
        }
    }
}
