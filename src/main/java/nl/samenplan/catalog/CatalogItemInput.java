package nl.samenplan.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the beheerder types for a life area or a kind of need: its name. */
public record CatalogItemInput(
        @NotBlank(message = "error.catalog.nameRequired") @Size(max = CatalogLimits.ITEM_NAME) String name) {
}
