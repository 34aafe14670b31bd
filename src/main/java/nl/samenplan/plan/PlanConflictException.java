package nl.samenplan.plan;

import java.util.List;
import nl.samenplan.base.BusinessRuleException;

/**
 * Someone else saved the plan after this user opened it. Carries what they saved and what they
 * changed, so the screen can show it while the user's own input stays in the form.
 */
public class PlanConflictException extends BusinessRuleException {

    private final transient PlanService.PlanView theirs;
    private final transient List<String> theirChanges;

    PlanConflictException(PlanService.PlanView theirs, List<String> theirChanges) {
        super("error.plan.conflict", theirs.lastChangedBy());
        this.theirs = theirs;
        this.theirChanges = List.copyOf(theirChanges);
    }

    public PlanService.PlanView theirs() {
        return theirs;
    }

    /** Their changes since this user's version, as history entries ("key|parameter"). */
    public List<String> theirChanges() {
        return theirChanges;
    }
}
