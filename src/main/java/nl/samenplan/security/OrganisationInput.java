package nl.samenplan.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the beheerder types for a new organisation: its name. */
public record OrganisationInput(
        @NotBlank(message = "error.required") @Size(max = SecurityLimits.ORGANISATION_NAME) String name) {
}
