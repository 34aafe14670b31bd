package nl.samenplan.security;

/**
 * What someone still owes after their password was accepted, in the order they are asked: who you are first (the code
 * of the second factor), then a password of one's own, then setting up a second factor where one is required.
 */
public enum LoginStep {
    /** The six-digit code of the authenticator app, or one of the recovery codes. */
    CODE,
    /** A new password of one's own, after the beheerder reset it to a one-time password. */
    NEW_PASSWORD,
    /** Setting up a second factor: the role requires one and the user has none yet. */
    ENROL
}
