package nl.samenplan.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the beheerder types for a general provision: its name, what it offers, and its village (empty: all). */
public record ProvisionInput(
        @NotBlank(message = "error.catalog.nameRequired") @Size(max = CatalogLimits.PROVISION_NAME) String name,
        @Size(max = CatalogLimits.PROVISION_DESCRIPTION) String description,
        @Size(max = CatalogLimits.PROVISION_VILLAGE) String village) {
}
