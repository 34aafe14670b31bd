package nl.samenplan.security;

/**
 * A logged-in session was ended by the application: idle too long, past its lifetime since the log-in, or because
 * the user's access changed ({@link AccessChanged}). Published once per session; the access log records it (security
 * does not depend on the log, the log listens). A log-out is not one of these: the log records it as a log-out.
 *
 * @param user the person whose session it was
 * @param sessionId the id the session had (the log keeps only a pseudonym of it)
 */
public record SessionEnded(CurrentUser user, String sessionId, Reason reason) {

    /** Why the session ended. */
    public enum Reason {
        IDLE_TIMEOUT,
        MAX_LIFETIME,
        DEACTIVATED,
        ROLE_OR_TEAM_CHANGED,
        PASSWORD_RESET,
        SECOND_FACTOR_RESET;

        static Reason of(AccessChanged.Reason reason) {
            return switch (reason) {
                case DEACTIVATED -> DEACTIVATED;
                case ROLE_OR_TEAM_CHANGED -> ROLE_OR_TEAM_CHANGED;
                case PASSWORD_RESET -> PASSWORD_RESET;
                case SECOND_FACTOR_RESET -> SECOND_FACTOR_RESET;
            };
        }
    }
}
