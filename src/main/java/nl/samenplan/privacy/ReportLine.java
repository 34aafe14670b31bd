package nl.samenplan.privacy;

import java.time.Instant;
import nl.samenplan.audit.AccessLogReader;
import nl.samenplan.audit.AccessOutcome;
import nl.samenplan.base.access.AccessEventType;

/**
 * One line of an access report: when, what (the kind of access, and for a change what was changed), who (display
 * name and username), in which role and organisation, and whether it was allowed; in a user's report also the
 * client's name.
 */
public record ReportLine(long id, Instant at, AccessEventType type, String eventType, String detail, Long userId,
        String displayName, String username, String role, String organisation, AccessOutcome outcome, Long clientId,
        String clientName) {

    static ReportLine of(AccessLogReader.Line line, String displayName, String clientName) {
        return new ReportLine(line.id(), line.at(), line.type(), line.eventType(), line.detail(), line.userId(),
                displayName, line.username(), line.role(), line.organisation(), line.outcome(), line.clientId(),
                clientName);
    }

    public boolean refused() {
        return outcome == AccessOutcome.REFUSED;
    }
}
