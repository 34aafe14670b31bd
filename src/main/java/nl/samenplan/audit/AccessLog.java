package nl.samenplan.audit;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The access log (NEN 7513): every read of client data leaves an entry here, allowed or refused. Append-only and
 * hash-chained: {@link #verify()} finds the first entry that was changed, removed or slipped in behind the
 * application's back.
 */
@Service
public class AccessLog {

    /** How many entries {@link #verify()} reads at a time. */
    static final int PAGE = 500;

    private final AccessLogEntryRepository entries;
    private final AccessLogHeadRepository heads;
    private final AccessLogWriter writer;
    private final EntityManager entityManager;
    private final Clock clock;

    AccessLog(AccessLogEntryRepository entries, AccessLogHeadRepository heads, AccessLogWriter writer,
            EntityManager entityManager, Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.writer = writer;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Appends an entry for this access, with who (user, role, organisation, team) from the security context and
     * where from (session, address) from the current request, where there are any. In a transaction of its own on
     * the log's own connections ({@link AccessLogWriter}), committed before this returns: the entry stays even when
     * the caller's transaction is read-only or rolls back, and a caller holding a connection never waits for a second
     * one of the same pool. Open to anyone, logged in or not, because refused and anonymous attempts must be logged
     * too. Writers queue on the log's head row, so the chain never forks.
     */
    @PreAuthorize(Permissions.ANYONE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void record(AccessEvent event) {
        append(event, who(SecurityContextHolder.getContext().getAuthentication()));
    }

    /**
     * As {@link #record}, for the person of this authentication rather than of the security context: a log-out, when
     * the context has been cleared already.
     */
    @PreAuthorize(Permissions.ANYONE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void recordFor(AccessEvent event, Authentication authentication) {
        append(event, who(authentication));
    }

    private void append(AccessEvent event, Who who) {
        Where where = where();
        Instant now = Instant.now(clock);
        writer.append(previousHash -> new AccessLogEntry(now, event.type().name(), event.clientId(), who.userId(),
                who.username(), who.role(), who.organisation(), who.teamId(), event.onBehalfOf(), where.sessionId(),
                where.address(),
                event.outcome(), event.detail(), previousHash));
    }

    /**
     * Walks the whole chain in id order: every entry's hash must match its content and the previous entry's hash,
     * the first entry must start from 64 zeros, and the newest entry must be the one the head names. Says where the
     * chain first breaks, or that it is intact and how many entries it has. Entries appended while it runs are left
     * for the next check.
     */
    @PreAuthorize(Permissions.ACCESS_LOG_CHECK)
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        AccessLogHead head = heads.findById(AccessLogHead.THE_HEAD)
                .orElseThrow(() -> new IllegalStateException("The access log has no head row (Liquibase 022)"));
        Long upTo = head.lastEntryId();
        String headHash = head.lastHash();
        entityManager.detach(head);
        if (upTo == null) {
            return AccessLogEntry.GENESIS.equals(headHash) ? ChainCheck.intact(0)
                    : ChainCheck.broken(0, null, ChainBreak.NEWEST_ENTRY_MISSING);
        }
        String previous = AccessLogEntry.GENESIS;
        long after = 0;
        long checked = 0;
        AccessLogEntry last = null;
        while (true) {
            List<AccessLogEntry> page = entries.findByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(after, upTo,
                    PageRequest.ofSize(PAGE));
            if (page.isEmpty()) {
                break;
            }
            for (AccessLogEntry entry : page) {
                if (!previous.equals(entry.getPreviousHash())) {
                    return ChainCheck.broken(checked, entry.getId(), ChainBreak.PREVIOUS_HASH_DOES_NOT_MATCH);
                }
                if (!entry.computedHash().equals(entry.getHash())) {
                    return ChainCheck.broken(checked, entry.getId(), ChainBreak.CONTENT_DOES_NOT_MATCH_HASH);
                }
                previous = entry.getHash();
                checked++;
                last = entry;
            }
            after = last.getId();
            entityManager.clear();
        }
        if (last == null || !last.getId().equals(upTo) || !last.getHash().equals(headHash)) {
            return ChainCheck.broken(checked, upTo, ChainBreak.NEWEST_ENTRY_MISSING);
        }
        return ChainCheck.intact(checked);
    }

    /** The outcome of {@link #verify()}: intact with this many entries, or broken first at this entry. */
    public record ChainCheck(boolean isIntact, long entriesChecked, Long brokenAt, ChainBreak reason) {

        static ChainCheck intact(long entries) {
            return new ChainCheck(true, entries, null, null);
        }

        static ChainCheck broken(long checkedBefore, Long at, ChainBreak reason) {
            return new ChainCheck(false, checkedBefore, at, reason);
        }
    }

    /** How the chain broke. */
    public enum ChainBreak {
        /** The entry's content was changed after it was written: its hash no longer matches. */
        CONTENT_DOES_NOT_MATCH_HASH,
        /** The entry does not follow on from the one before it: an entry before it was removed or slipped in. */
        PREVIOUS_HASH_DOES_NOT_MATCH,
        /** The newest entry the head names is missing or different: entries at the end were removed. */
        NEWEST_ENTRY_MISSING
    }

    private record Who(Long userId, String username, String role, String organisation, Long teamId) {
    }

    private record Where(String sessionId, String address) {
    }

    private static Who who(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return new Who(null, null, null, null, null);
        }
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            return new Who(user.userId(), user.getUsername(), user.role().name(), user.organisationName().orElse(null),
                    user.teamId().orElse(null));
        }
        return new Who(null, authentication.getName(), null, null, null);
    }

    private static Where where() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return new Where(null, null);
        }
        HttpServletRequest request = servlet.getRequest();
        HttpSession session = request.getSession(false);
        return new Where(session == null ? null : pseudonym(session.getId()), request.getRemoteAddr());
    }

    /** The session id itself would let whoever reads the log take over a live session: only its SHA-256. */
    private static String pseudonym(String sessionId) {
        return AccessLogEntry.sha256(sessionId);
    }
}
