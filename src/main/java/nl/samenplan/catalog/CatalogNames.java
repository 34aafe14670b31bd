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
}
