package nl.samenplan.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.samenplan.base.PlausibleDate;

/** A task made by hand. */
public record NewTask(Long clientId,
        @NotBlank(message = "error.task.whatRequired") @Size(max = TaskLimits.WHAT) String what,
        Long assigneeId, @NotNull(message = "error.task.dueRequired") @PlausibleDate LocalDate due,
        @Size(max = TaskLimits.NOTE) String note) {
}
