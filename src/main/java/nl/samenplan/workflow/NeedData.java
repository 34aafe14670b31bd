package nl.samenplan.workflow;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.samenplan.base.PlausibleDate;

/** What the team records about a need: a few fields, the rest is known already. */
public record NeedData(@NotNull(message = "error.need.category") Long needCategoryId,
        @Size(max = WorkflowLimits.NEED_DESCRIPTION) String description,
        @Size(max = WorkflowLimits.NEED_FREQUENCY) String frequency,
        @PlausibleDate LocalDate startDate, Urgency urgency, NeedSource source, boolean clientCanDoSelf) {
}
