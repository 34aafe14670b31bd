package nl.samenplan.task;

import nl.samenplan.plan.PlanRules;

/**
 * The length of every text tasks store: one number per column, used by the Liquibase column (checked by a test),
 * the entity's {@code @Column}/{@code @Size}, the input records' {@code @Size} and the form fields' {@code maxLength}.
 * A task of an agreement copies its description and who does it, so those are as long as the agreement's.
 */
public final class TaskLimits {

    /** Copied from the agreement's description. */
    public static final int WHAT = PlanRules.MAX_WHAT;
    public static final int NOTE = 500;
    public static final int REASON = 300;
    /** Copied from the agreement's provider (a volunteer without a login) or the network member's name. */
    public static final int PERFORMER = PlanRules.MAX_PROVIDER;
    /** The name of the person who did something (a user's display name). */
    public static final int WRITTEN_BY = 120;
    /** A line of a task's history: a note, a reason, what the task became. */
    public static final int EVENT_DETAIL = 500;

    private TaskLimits() {
    }
}
