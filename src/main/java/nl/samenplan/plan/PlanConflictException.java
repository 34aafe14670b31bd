package nl.samenplan.plan;

import java.util.List;
import nl.samenplan.base.BusinessRuleException;

/**
 * Someone else saved the plan after this user opened it, and changed some of the same parts in another
 * way. Carries what they saved, what they changed and the conflicting parts with both values, so the
 * screen can ask per part while the user's own input stays in the form. Nothing was written.
 */
public class PlanConflictException extends BusinessRuleException {

    private final transient PlanService.PlanView theirs;
    private final transient List<String> theirChanges;
    private final transient List<PlanMerge.Conflict> conflicts;

    PlanConflictException(PlanService.PlanView theirs, List<String> theirChanges, List<PlanMerge.Conflict> conflicts) {
        super("error.plan.conflict", theirs.lastChangedBy());
        this.theirs = theirs;
        this.theirChanges = List.copyOf(theirChanges);
        this.conflicts = List.copyOf(conflicts);
    }

    public PlanService.PlanView theirs() {
        return theirs;
    }

    /** Their changes since this user's version, as history entries ("key|parameter"). */
    public List<String> theirChanges() {
        return theirChanges;
    }

    /** The parts both changed differently; each needs a choice before the plan can be saved. */
    public List<PlanMerge.Conflict> conflicts() {
        return conflicts;
    }
}
