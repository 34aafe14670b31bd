package nl.samenplan.workflow;

import nl.samenplan.plan.SupportRung;

/** A candidate on a rung of the ladder, with the reason it is proposed. */
public record Proposal(SupportRung rung, Long candidateId, String candidateName, Reason reason,
        boolean needsConsent) {

    /** A proposal that can be agreed as it is. */
    public Proposal(SupportRung rung, Long candidateId, String candidateName, Reason reason) {
        this(rung, candidateId, candidateName, reason, false);
    }

    /** The same proposal once the client has given the consent it needed. */
    public Proposal consented() {
        return new Proposal(rung, candidateId, candidateName, reason, false);
    }
}
