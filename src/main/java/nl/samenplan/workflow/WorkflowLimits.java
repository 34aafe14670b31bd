package nl.samenplan.workflow;

import nl.samenplan.plan.PlanRules;

/**
 * The length of every text the workflow stores: one number per column, used by the Liquibase column (checked by a
 * test), the entity's {@code @Column}/{@code @Size}, the input record's {@code @Size} and the form field's
 * {@code maxLength}. A need becomes an agreement in one action, so its texts are as long as the agreement's.
 */
public final class WorkflowLimits {

    /** Copied into the agreement's description. */
    public static final int NEED_DESCRIPTION = PlanRules.MAX_WHAT;
    /** Copied into the agreement's frequency. */
    public static final int NEED_FREQUENCY = PlanRules.MAX_FREQUENCY;
    public static final int MDO_PARTICIPANTS = 500;
    public static final int MDO_CONCLUSION = 2000;
    public static final int MDO_ALTERNATIVES = 2000;
    /** The name of the team member who wrote something down (a user's display name). */
    public static final int WRITTEN_BY = 120;

    private WorkflowLimits() {
    }
}
