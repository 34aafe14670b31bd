package nl.samenplan.testsupport.region;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.samenplan.audit.AccessLogHashes;

/**
 * The access log's hash chain checked in plain JDBC, for a database no application reads (a restored backup): the
 * same rule as AccessLog.verify() (each entry names the hash before it and its own hash matches its content; the head
 * names the last one), streamed in id order.
 */
public final class AccessLogChain {

    private AccessLogChain() {
    }

    /** The number of entries checked; throws at the first break. */
    public static long verify(Connection connection, String database) throws SQLException {
        String previous = "0".repeat(64);
        long checked = 0;
        long lastId = 0;
        String headHash;
        Long headId;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet head = statement.executeQuery("SELECT last_entry_id, last_hash FROM `" + database
                    + "`.access_log_head WHERE id = 1")) {
                head.next();
                headId = head.getObject(1, Long.class);
                headHash = head.getString(2);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(10_000);
            try (ResultSet rs = statement.executeQuery("SELECT id, occurred_at, event_type, client_id, user_id,"
                    + " username, role, organisation, team_id, outcome, detail, previous_hash, hash, on_behalf_of,"
                    + " session_id, source_address FROM `" + database + "`.access_log_entry ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!previous.equals(rs.getString(12))) {
                        throw new IllegalStateException("The chain breaks at entry " + id + ": not after " + lastId);
                    }
                    String hash = AccessLogHashes.hash(rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getString(3), rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getObject(9, Long.class), rs.getString(14),
                            rs.getString(15), rs.getString(16), "ALLOWED".equals(rs.getString(10)), rs.getString(11),
                            previous);
                    if (!hash.equals(rs.getString(13))) {
                        throw new IllegalStateException("Entry " + id + " does not match its hash");
                    }
                    previous = hash;
                    lastId = id;
                    checked++;
                }
            }
        }
        if (headId == null ? checked != 0 : headId != lastId || !headHash.equals(previous)) {
            throw new IllegalStateException("The head names entry " + headId + ", the last one is " + lastId);
        }
        return checked;
    }
}
