package nl.samenplan.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A log-in refused for a reason the person at the log-in page is not told (the page says one generic message for
 * every refusal, so that it never reveals whether a user exists or is locked); the access log records the reason.
 */
public class LoginRefusedException extends AuthenticationException {

    /** Why; {@link #detail()} is what the access log says (Dutch, for the privacy officer). */
    public enum Reason {
        LOCKED_NOW("wachtwoord onjuist; het account is nu geblokkeerd na te veel mislukte pogingen op rij"),
        LOCKED("het account is tijdelijk geblokkeerd; geweigerd zonder de poging mee te tellen"),
        THROTTLED("te veel mislukte pogingen vanaf dit adres; geweigerd zonder het wachtwoord te controleren"),
        ONE_TIME_PASSWORD_EXPIRED("het eenmalige wachtwoord van de beheerder is verlopen");

        private final String detail;

        Reason(String detail) {
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }
    }

    private final Reason reason;

    public LoginRefusedException(Reason reason) {
        super("Log-in refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
