package nl.samenplan.task;

import java.util.List;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.task.TaskService.TaskRow;

/**
 * A bulk action in Teamtaken was refused as a whole: some of the selected tasks were changed by someone else
 * after the user saw them. Carries those tasks as they are now (who changed them, their status and assignee),
 * so that the screen can name them; the other selected tasks are unchanged and can stay selected.
 */
public class TasksChangedMeanwhile extends BusinessRuleException {

    private final transient List<TaskRow> changed;
    private final transient List<Long> unchangedIds;

    /** {@code count}: how many selected tasks changed or are gone (a task of another team now, for instance). */
    TasksChangedMeanwhile(int count, List<TaskRow> changed, List<Long> unchangedIds) {
        super("error.task.bulkChanged", count);
        this.changed = List.copyOf(changed);
        this.unchangedIds = List.copyOf(unchangedIds);
    }

    /** The selected tasks that changed meanwhile, as they are now; a task no longer in the team is left out. */
    public List<TaskRow> changed() {
        return changed;
    }

    /** The selected tasks that did not change: the action would apply to these if the user asks again. */
    public List<Long> unchangedIds() {
        return unchangedIds;
    }
}
