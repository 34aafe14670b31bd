package nl.samenplan.plan;

import java.util.Optional;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.security.Role;

/**
 * A port the plan needs and owns: who may indicate professional care, and why an indication must wait
 * (for instance a nursing-home application without a recent MDO). The workflow rules implement it.
 */
public interface ApprovalPolicy {

    boolean mayApprove(Role role, FundingDomain domain);

    /** Empty when this role may indicate this care for this client now; otherwise why it must wait. */
    Optional<Hint> whyWait(Role role, FundingDomain domain, long needCategoryId, long clientId);
}
