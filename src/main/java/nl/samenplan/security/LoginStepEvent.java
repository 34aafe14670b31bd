package nl.samenplan.security;

import java.util.Objects;

/**
 * Something happened in a log-in step that the access log records: a wrong code of the second factor (a refused
 * log-in) or a recovery code used. The person is known (their password was accepted) but not logged in yet, so the
 * event names them; the security feature does not depend on the log, the log listens.
 */
public record LoginStepEvent(Kind kind, CurrentUser user) {

    public enum Kind {
        /** A wrong code of the second factor (or a wrong recovery code) in the log-in step. */
        WRONG_CODE,
        /** A recovery code was used instead of the authenticator app (it is spent now). */
        RECOVERY_CODE_USED
    }

    public LoginStepEvent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(user);
    }
}
