package nl.samenplan.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the beheerder types for a new team: its name and the village or neighbourhood it works in. */
public record TeamInput(@NotBlank(message = "error.required") @Size(max = SecurityLimits.TEAM_NAME) String name,
        @NotBlank(message = "error.required") @Size(max = SecurityLimits.TEAM_AREA) String area) {
}
