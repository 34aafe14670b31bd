package nl.samenplan.workflow;

import nl.samenplan.plan.SupportRung;

/** A candidate on a rung of the ladder, with the reason it is proposed. */
public record Proposal(SupportRung rung, Long candidateId, String candidateName, Reason reason) {
}
