package nl.samenplan.audit;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * History lines that Samenplan writes itself, in its nightly runs, where nobody is logged in: the actor is
 * Samenplan (actor id 0). Only for the application's own jobs; people's changes go through {@link AuditLog}.
 */
@Component
public class SystemAuditLog {

    /** The actor of what the application does by itself. */
    public static final long SYSTEM_ACTOR = 0L;
    static final String SYSTEM_NAME = "Samenplan";

    private final AuditEntryRepository entries;
    private final Clock clock;

    SystemAuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long teamId, long clientId, String action, String detail) {
        entries.save(new AuditEntry(teamId, clientId, Instant.now(clock), SYSTEM_ACTOR, SYSTEM_NAME, action, detail,
                null));
    }
}
