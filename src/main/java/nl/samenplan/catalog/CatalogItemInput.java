package nl.samenplan.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the beheerder types for a life area or a kind of need: its name, and for a kind of need the other words
 * people use for it, separated by commas.
 */
public record CatalogItemInput(
        @NotBlank(message = "error.catalog.nameRequired") @Size(max = CatalogLimits.ITEM_NAME) String name,
        @Size(max = CatalogLimits.SYNONYMS) String synonyms) {

    public CatalogItemInput(String name) {
        this(name, null);
    }
}
