package nl.samenplan.testsupport.region;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.samenplan.audit.AccessLogHashes;

/**
 * Appends entries to the access log in bulk, chained as the application chains them: each chunk locks the log's head
 * row (as AccessLogWriter does, so an application writing at the same time waits instead of forking the chain), goes
 * on from its hash and id, writes the chunk as multi-row INSERTs and moves the head on, in one transaction. The hashes
 * are AccessLogEntry's own, so AccessLog.verify() finds the chain intact. The table's triggers refuse only UPDATE and
 * DELETE and stay in place.
 */
public final class AccessLogFill {

    private static final int CHUNK = 50_000;
    private static final String COLUMNS = "id, occurred_at, event_type, client_id, user_id, username, role, "
            + "organisation, team_id, outcome, detail, previous_hash, hash";

    /** What the n-th of the written entries says (n from 0); occurred_at must not go down as n goes up. */
    @FunctionalInterface
    public interface Source {
        Entry entry(long n);
    }

    /** One entry's content (occurred at, in UTC, to the millisecond). */
    public record Entry(LocalDateTime occurredAtUtc, String eventType, Long clientId, Long userId, String username,
            String role, String organisation, Long teamId, boolean allowed, String detail) {
    }

    private AccessLogFill() {
    }

    /** Appends {@code count} entries from the source; returns how many were written. */
    public static long append(Connection connection, long count, Source source) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long written = 0;
        try {
            while (written < count) {
                int chunk = (int) Math.min(CHUNK, count - written);
                appendChunk(connection, written, chunk, source);
                connection.commit();
                written += chunk;
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return written;
    }

    private static void appendChunk(Connection connection, long from, int chunk, Source source) throws SQLException {
        String previous;
        long id;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet head = statement.executeQuery("SELECT last_hash FROM access_log_head WHERE id = 1 FOR UPDATE")) {
                if (!head.next()) {
                    throw new IllegalStateException("The access log has no head row (Liquibase 022)");
                }
                previous = head.getString(1);
            }
            try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM access_log_entry")) {
                max.next();
                id = max.getLong(1);
            }
        }
        Rows rows = new Rows(connection, "access_log_entry", COLUMNS);
        for (long n = from; n < from + chunk; n++) {
            Entry e = source.entry(n);
            LocalDateTime at = e.occurredAtUtc().withNano(e.occurredAtUtc().getNano() / 1_000_000 * 1_000_000);
            String hash = AccessLogHashes.hash(at.toInstant(ZoneOffset.UTC), e.eventType(), e.clientId(), e.userId(),
                    e.username(), e.role(), e.organisation(), e.teamId(), e.allowed(), e.detail(), previous);
            rows.add(++id, at, e.eventType(), e.clientId(), e.userId(), e.username(), e.role(), e.organisation(),
                    e.teamId(), e.allowed() ? "ALLOWED" : "REFUSED", e.detail(), previous, hash);
            previous = hash;
        }
        rows.flush();
        try (PreparedStatement head = connection.prepareStatement(
                "UPDATE access_log_head SET last_entry_id = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, id);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
