package nl.samenplan.audit;

/** Whether an access to client data was let through or refused. */
public enum AccessOutcome {
    ALLOWED,
    REFUSED
}
