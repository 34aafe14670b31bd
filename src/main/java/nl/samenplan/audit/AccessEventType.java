package nl.samenplan.audit;

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
    LOGGED_OUT
}
