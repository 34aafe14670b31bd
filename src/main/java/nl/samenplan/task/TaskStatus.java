package nl.samenplan.task;

import java.util.Set;

/** Where a task stands. Open and bezig are still to do; gedaan and lukt niet are closed. */
public enum TaskStatus {
    OPEN,
    BEZIG,
    GEDAAN,
    LUKT_NIET;

    public static final Set<TaskStatus> TO_DO = Set.of(OPEN, BEZIG);

    public boolean toDo() {
        return TO_DO.contains(this);
    }

    public String labelKey() {
        return "task.status." + name().toLowerCase();
    }
}
