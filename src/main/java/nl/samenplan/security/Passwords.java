package nl.samenplan.security;

import java.nio.charset.StandardCharsets;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.InvalidInputException;

/**
 * The rules for a new password: long enough to be safe, and not longer than BCrypt can store. BCrypt refuses more
 * than 72 bytes with an exception (Spring Security 6.3 and later); here it is a Dutch message at the field. No
 * {@code maxLength} on password fields: a browser would silently cut a pasted password, and the password manager
 * would keep the long one.
 */
final class Passwords {

    private Passwords() {
    }

    /** Refuses a password that is too short or too long, naming the field it was typed in. */
    static void requireStorable(String password, String field) {
        if (password == null || password.length() < UserAdminService.MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("error.user.password.tooShort", UserAdminService.MIN_PASSWORD_LENGTH);
        }
        if (!fitsBcrypt(password)) {
            throw new InvalidInputException(field, "error.password.tooLong", SecurityLimits.PASSWORD_BYTES);
        }
    }

    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= SecurityLimits.PASSWORD_BYTES;
    }
}
