package nl.samenplan.client;

import java.util.regex.Pattern;
import nl.samenplan.base.BusinessRuleException;

/** Guards for free text fields: trimmed, empty becomes null, too long is refused with a Dutch message. */
final class Texts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-]{6,20}");

    private Texts() {
    }

    static String optional(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limit(value, maxLength);
    }

    static String limit(String value, int maxLength) {
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new BusinessRuleException("error.tooLong", maxLength);
        }
        return trimmed;
    }

    static String email(String value) {
        String email = optional(value, ClientLimits.EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new BusinessRuleException("error.email.invalid");
        }
        return email;
    }

    static String phone(String value) {
        String phone = optional(value, ClientLimits.PHONE);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new BusinessRuleException("error.phone.invalid");
        }
        return phone;
    }
}
