package nl.samenplan.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.samenplan.base.PlausibleDate;

/** What an MDO record holds. */
public record MdoData(@NotNull(message = "error.mdo.date") @PlausibleDate LocalDate heldOn,
        @NotBlank(message = "error.mdo.participants") @Size(max = WorkflowLimits.MDO_PARTICIPANTS) String participants,
        @NotBlank(message = "error.mdo.conclusion") @Size(max = WorkflowLimits.MDO_CONCLUSION) String conclusion,
        @NotBlank(message = "error.mdo.alternatives") @Size(max = WorkflowLimits.MDO_ALTERNATIVES)
        String homeAlternatives) {
}
