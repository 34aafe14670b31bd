package nl.samenplan.workflow;

import java.util.List;
import java.util.Optional;
import nl.samenplan.plan.SupportRung;

/**
 * The router's answer to a need: the proposals from the lowest rung up, who was passed over and why, and
 * for professional care the reasons the lower rungs are not enough (to pre-fill the escalation).
 */
public record Routing(List<Proposal> proposals, List<Reason> passedOver, List<Reason> escalationReasons,
        boolean professionalByNature) {

    public Routing {
        proposals = List.copyOf(proposals);
        passedOver = List.copyOf(passedOver);
        escalationReasons = List.copyOf(escalationReasons);
    }

    /** The lowest rung that can meet the need: the rung of the first proposal. */
    public SupportRung lowestRung() {
        return proposals.isEmpty() ? SupportRung.PROFESSIONELE_ZORG : proposals.get(0).rung();
    }

    public Optional<Proposal> first() {
        return proposals.stream().findFirst();
    }

    /** Professional care needs a short reason, unless the need is professional by nature. */
    public boolean escalationNeedsReason() {
        return !professionalByNature;
    }
}
