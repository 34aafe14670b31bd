package nl.samenplan.audit;

import nl.samenplan.base.access.AccessEventType;
import java.util.Objects;

/**
 * What a read path tells the access log: what kind of access, to which client (if one), whether it was allowed, and
 * a short detail written by Samenplan (never typed by a user, never client content). Who, from where and in which
 * session the {@link AccessLog} takes from the security context and the current request itself.
 */
public record AccessEvent(AccessEventType type, Long clientId, AccessOutcome outcome, String detail,
        String onBehalfOf) {

    public AccessEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
    }

    public AccessEvent(AccessEventType type, Long clientId, AccessOutcome outcome, String detail) {
        this(type, clientId, outcome, detail, null);
    }

    /** The same access, done for someone else (a naaste whose task the plan owner ticks off). */
    public AccessEvent onBehalfOf(String who) {
        return new AccessEvent(type, clientId, outcome, detail, who);
    }

    public static AccessEvent allowed(AccessEventType type, Long clientId, String detail) {
        return new AccessEvent(type, clientId, AccessOutcome.ALLOWED, detail);
    }

    public static AccessEvent refused(AccessEventType type, Long clientId, String detail) {
        return new AccessEvent(type, clientId, AccessOutcome.REFUSED, detail);
    }
}
