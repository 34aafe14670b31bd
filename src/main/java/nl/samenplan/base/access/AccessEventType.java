package nl.samenplan.base.access;

/**
 * The kinds of access the access log records. Stored by name and covered by each entry's hash: add constants as the
 * wiring reaches more read paths, but never rename or remove one (old entries carry its name).
 */
public enum AccessEventType {
    /** A client's file (record, network, plan or history tab) was opened. */
    CLIENT_FILE_OPENED,
    /** The list of the team's clients was shown or searched. */
    CLIENT_LIST_VIEWED,
    /** A client's history (audit trail) was read. */
    CLIENT_HISTORY_VIEWED,
    /** A client's plan left the application as a PDF. */
    PLAN_EXPORTED,
    /** Client data left the application in an export. */
    DATA_EXPORTED,
    /** Someone logged in (the entry names who). */
    LOGGED_IN,
    /** A log-in was refused (the entry's detail names the username that was tried). */
    LOGIN_FAILED,
    /** Someone logged out. */
    LOGGED_OUT,
    /** A service refused a call: the wrong role, or not logged in (the detail names the service method). */
    ACCESS_REFUSED,
    /** A page was refused by its address: the role may not open it (the detail names the address). */
    PAGE_REFUSED,
    /** A client's network (naasten, the network picture) was read. */
    NETWORK_VIEWED,
    /** A client's plan was read (the plan page, its goals, answers and agreements). */
    PLAN_VIEWED,
    /** An earlier version of a client's plan was read. */
    PLAN_VERSION_VIEWED,
    /** A client's needs (hulpvragen) and their routing were read. */
    NEEDS_VIEWED,
    /** A client's tasks were read, or one task with its history. */
    TASKS_VIEWED,
    /** A client's MDO (multidisciplinary meeting) record was read. */
    MDO_VIEWED,
    /** A caregiver's burden check-ins were read. */
    CHECKINS_VIEWED,
    /** A client's place on the waiting list was read. */
    WAITING_LIST_VIEWED,
    /** A client's file was changed (the detail names the change, as the history tab does). */
    CLIENT_FILE_CHANGED,
    /** The beheerder changed users, roles, teams, organisations, settings or the catalogue. */
    ADMINISTRATION_CHANGED,
    /** The access log was read: an access report, a user report or the chain check. */
    ACCESS_LOG_VIEWED,
    /**
     * The beheerder gave someone a role with access to client files (a new user, a changed role, a move to another
     * team); the detail names the user id, username, role and team.
     */
    ROLE_GRANTED,
    /** The nightly retention job ran (the detail says how many closed files it anonymised and the term). */
    RETENTION_RUN,
    /** Someone set up a second factor (an authenticator app) for their own account. */
    SECOND_FACTOR_ENROLLED,
    /** Someone switched their own second factor off (with a current code). */
    SECOND_FACTOR_REMOVED,
    /** The beheerder reset a user's second factor (the detail names the user); they set one up again. */
    SECOND_FACTOR_RESET,
    /** A recovery code was used in the log-in instead of the authenticator app (the entry names who). */
    RECOVERY_CODE_USED,
    /**
     * The application ended someone's logged-in session: idle too long, past its lifetime, or their access changed
     * (deactivated, another role or team, a password or second factor reset); the detail names the reason and the
     * session's pseudonym.
     */
    SESSION_ENDED
}
