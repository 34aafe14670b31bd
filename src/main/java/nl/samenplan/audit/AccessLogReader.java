package nl.samenplan.audit;

import java.time.Instant;
import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.security.Permissions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the access log for its reports: a client's entries and a user's entries in a period, newest first, a page
 * at a time from the database. Read only: there is no way to change or remove an entry. Who may read which client's
 * entries (the plan owner, the privacy officer) and the logging of every read are the access reports' work
 * ({@code nl.samenplan.privacy}); ArchitectureTest lets only that package call this.
 */
@Service
@Transactional(readOnly = true)
public class AccessLogReader {

    private final AccessLogEntryRepository entries;

    AccessLogReader(AccessLogEntryRepository entries) {
        this.entries = entries;
    }

    /** The client's entries in [from, to), newest first. */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    public Page<Line> ofClient(long clientId, Instant from, Instant to, Pageable page) {
        return entries.ofClient(clientId, from, to, unsorted(page)).map(Line::of);
    }

    /** The user's entries in [from, to), newest first. */
    @PreAuthorize(Permissions.PRIVACY_OFFICE)
    public Page<Line> ofUser(long userId, Instant from, Instant to, Pageable page) {
        return entries.ofUser(userId, from, to, unsorted(page)).map(Line::of);
    }

    /** The order is the index's (newest first); a sort asked by a grid is not applied. */
    private static Pageable unsorted(Pageable page) {
        return page.isUnpaged() ? page : PageRequest.of(page.getPageNumber(), page.getPageSize());
    }

    /** One entry as a report shows it (the hashes and the session stay in the log). */
    public record Line(long id, Instant at, String eventType, Long clientId, Long userId, String username, String role,
            String organisation, Long teamId, String onBehalfOf, String sourceAddress, AccessOutcome outcome,
            String detail) {

        static Line of(AccessLogEntry e) {
            return new Line(e.getId(), e.getOccurredAt(), e.getEventType(), e.getClientId(), e.getUserId(),
                    e.getUsername(), e.getRole(), e.getOrganisation(), e.getTeamId(), e.getOnBehalfOf(),
                    e.getSourceAddress(), e.getOutcome(), e.getDetail());
        }

        /** The kind of access, or null for a name this version does not know. */
        public AccessEventType type() {
            try {
                return AccessEventType.valueOf(eventType);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
    }
}
