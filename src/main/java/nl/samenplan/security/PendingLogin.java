package nl.samenplan.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A log-in half done, kept in the HTTP session while the security context stays anonymous: whose password was
 * accepted, when, which steps are still owed (in order) and how many wrong codes were typed. Never the password.
 */
record PendingLogin(long userId, String username, Instant startedAt, List<LoginStep> owed, int wrongCodes)
        implements Serializable {

    /** The HTTP session attribute that holds it. */
    static final String SESSION_ATTRIBUTE = PendingLogin.class.getName();

    PendingLogin {
        Objects.requireNonNull(username);
        Objects.requireNonNull(startedAt);
        owed = List.copyOf(owed);
    }

    LoginStep current() {
        return owed.isEmpty() ? null : owed.get(0);
    }

    boolean owes(LoginStep step) {
        return owed.contains(step);
    }

    PendingLogin done(LoginStep step) {
        return new PendingLogin(userId, username, startedAt, owed.stream().filter(s -> s != step).toList(), wrongCodes);
    }

    PendingLogin oneMoreWrongCode() {
        return new PendingLogin(userId, username, startedAt, owed, wrongCodes + 1);
    }

    boolean isComplete() {
        return owed.isEmpty();
    }
}
