package nl.samenplan.audit;

import java.time.Instant;

/**
 * The access log's own hash of an entry, for tools that write entries in bulk behind the application (the region
 * generator): computed by {@link AccessLogEntry} itself, so that a bulk-written chain verifies as the application's.
 */
public final class AccessLogHashes {

    private AccessLogHashes() {
    }

    /** The hash of an entry with this content after the entry whose hash is {@code previousHash}. */
    public static String hash(Instant occurredAt, String eventType, Long clientId, Long userId, String username,
            String role, String organisation, Long teamId, boolean allowed, String detail, String previousHash) {
        return hash(occurredAt, eventType, clientId, userId, username, role, organisation, teamId, null, null, null,
                allowed, detail, previousHash);
    }

    /** The same with every field an entry has (as read back from the table). */
    public static String hash(Instant occurredAt, String eventType, Long clientId, Long userId, String username,
            String role, String organisation, Long teamId, String onBehalfOf, String sessionId, String sourceAddress,
            boolean allowed, String detail, String previousHash) {
        return new AccessLogEntry(occurredAt, eventType, clientId, userId, username, role, organisation, teamId,
                onBehalfOf, sessionId, sourceAddress, allowed ? AccessOutcome.ALLOWED : AccessOutcome.REFUSED, detail,
                previousHash).getHash();
    }
}
