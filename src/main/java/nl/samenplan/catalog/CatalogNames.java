package nl.samenplan.catalog;

import nl.samenplan.base.BusinessRuleException;

final class CatalogNames {

    private CatalogNames() {
    }

    static String required(String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessRuleException("error.catalog.nameRequired");
        }
        if (trimmed.length() > maxLength) {
            throw new BusinessRuleException("error.tooLong", maxLength);
        }
        return trimmed;
    }

    /** An optional text: trimmed, empty becomes nothing, too long is refused. */
    static String optional(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new BusinessRuleException("error.tooLong", maxLength);
        }
        return trimmed;
    }
}
