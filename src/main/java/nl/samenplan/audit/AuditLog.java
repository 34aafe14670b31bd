package nl.samenplan.audit;

import nl.samenplan.base.access.LogsAccess;
import nl.samenplan.base.access.AccessEventType;
import java.time.Clock;
import java.time.Instant;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The history of client files: written by the services that change them, read by the history tab. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEntryRepository entries;
    private final AccessLog accessLog;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, AccessLog accessLog, Clock clock) {
        this.entries = entries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Records a change by the current user; joins the caller's transaction. */
    @PreAuthorize(Permissions.AUTHENTICATED)
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long clientId, String action, String detail) {
        record(clientId, action, detail, null);
    }

    @PreAuthorize(Permissions.AUTHENTICATED)
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long clientId, String action, String detail, Integer planRevision) {
        CurrentUser user = CurrentUser.require();
        entries.save(new AuditEntry(user.requireTeamId(), clientId, Instant.now(clock), user.userId(),
                user.displayName(), user.getUsername(), action, detail, planRevision));
        logAccessAfterCommit(clientId, action);
    }

    /**
     * The change is in the access log too (NEN 7513), once it has committed: a change that rolls back was no change.
     * Not in the change's own transaction, which would hold the log's head row (and so every other writer of the log)
     * until it commits.
     */
    private void logAccessAfterCommit(long clientId, String action) {
        AccessEvent event = AccessEvent.allowed(AccessEventType.CLIENT_FILE_CHANGED, clientId, action);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                accessLog.record(event);
            }
        });
    }

    /** The newest first, only for clients of the reader's own team. */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.CLIENT_HISTORY_VIEWED)
    public Page<Entry> history(long clientId, Pageable pageable) {
        long teamId = CurrentUser.require().requireTeamId();
        Pageable newestFirst = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "at", "id"))
                : pageable;
        return entries.findByClientIdAndTeamId(clientId, teamId, newestFirst)
                .map(e -> new Entry(e.getId(), e.getAt(), e.getActorName(), e.getActorUsername(), e.getAction(),
                        e.getDetail(), e.getPlanRevision()));
    }

    /**
     * A history line as the history tab shows it: who by display name and by username (a new account cannot pose
     * as a colleague by copying a name); no username for the system's own lines.
     */
    public record Entry(long id, Instant at, String actorName, String actorUsername, String action, String detail,
            Integer planRevision) {
    }
}
