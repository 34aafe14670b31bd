package nl.samenplan.security;

/**
 * What someone may do changed behind their back: the beheerder deactivated them, changed their role or team, reset
 * their password or their second factor. Published after the change; every open session of that user ends at once
 * (the session registry listens), so no tab keeps the old rights.
 */
public record AccessChanged(long userId, Reason reason) {

    /** Why the sessions end (the access log names it). */
    public enum Reason {
        DEACTIVATED,
        ROLE_OR_TEAM_CHANGED,
        PASSWORD_RESET,
        SECOND_FACTOR_RESET
    }
}
