package nl.samenplan.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's name as others see it in Samenplan, when the beheerder changes a user. */
public record DisplayNameInput(
        @NotBlank(message = "error.required") @Size(max = SecurityLimits.DISPLAY_NAME) String displayName) {
}
