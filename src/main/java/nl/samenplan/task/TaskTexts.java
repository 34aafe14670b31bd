package nl.samenplan.task;

import jakarta.validation.constraints.Size;

/** What someone types when updating a task: the reason a task cannot be done, and a short note. */
public record TaskTexts(@Size(max = TaskLimits.REASON) String reason, @Size(max = TaskLimits.NOTE) String note) {
}
