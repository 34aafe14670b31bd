package nl.samenplan.audit;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.samenplan.base.DeadlockRetry;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.retry.RetryOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends entries to the access log over a small connection pool of its own, in a transaction of its own. A read or
 * a change is often logged while its caller still holds a connection of the main pool (a change is logged after its
 * commit, before that connection goes back): taking a second one from the same pool would let enough concurrent
 * callers wait on each other for ever. The log's connections are held only for the append and never wait on the main
 * pool. Not a bean of type DataSource or transaction manager, so the application's own stay the only ones.
 */
@Component
class AccessLogWriter {

    /** Appends queue on the head row anyway: a few connections carry every writer. */
    static final int POOL_SIZE = 4;

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    /**
     * More attempts than a service's: every logged access of every node moves the one head row, so with writes on
     * several Galera nodes at once it is where conflicts meet (measured: 40 conflicts in 100 appends on two nodes).
     */
    private final RetryOperations retry = DeadlockRetry.forOwnTransaction(8);

    AccessLogWriter(DataSourceProperties database, Environment environment) {
        pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        // the main pool's time-outs (spring.datasource.hikari.*, the driver's connect and socket time-outs among
        // them): during an outage an entry fails as fast as the change it follows instead of after Hikari's default
        // 30 s, and a half-open connection is given up. Its own size; and it starts without waiting for the database
        // (the main pool's start-up wait is for the start-up, not for the first entry written during an outage).
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setInitializationFailTimeout(-1);
        pool.setPoolName("access-log");
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        jdbc = new JdbcTemplate(pool);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
    }

    /**
     * Locks the head, chains a new entry onto the newest one, writes it and moves the head on; one commit. On a Galera
     * cluster the head's lock holds on one node only: two nodes appending at once both move the head, the second fails
     * its certification at commit (a deadlock error) and nothing of it is written, so it is run again and chains onto
     * the new head (the chain never forks).
     */
    void append(Draft draft) {
        retry.execute(attempt -> {
            appendOnce(draft);
            return null;
        });
    }

    private void appendOnce(Draft draft) {
        transaction.executeWithoutResult(status -> {
            String previous = jdbc.queryForObject("SELECT last_hash FROM access_log_head WHERE id = ? FOR UPDATE",
                    String.class, AccessLogHead.THE_HEAD);
            if (previous == null) {
                throw new IllegalStateException("The access log has no head row (Liquibase 022)");
            }
            AccessLogEntry entry = draft.after(previous);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement("INSERT INTO access_log_entry (occurred_at, "
                        + "event_type, client_id, user_id, username, role, organisation, team_id, on_behalf_of, "
                        + "session_id, source_address, outcome, detail, previous_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                // UTC, as Hibernate writes and reads it (hibernate.jdbc.time_zone)
                insert.setObject(1, LocalDateTime.ofInstant(entry.getOccurredAt(), ZoneOffset.UTC));
                insert.setString(2, entry.getEventType());
                setLong(insert, 3, entry.getClientId());
                setLong(insert, 4, entry.getUserId());
                insert.setString(5, entry.getUsername());
                insert.setString(6, entry.getRole());
                insert.setString(7, entry.getOrganisation());
                setLong(insert, 8, entry.getTeamId());
                insert.setString(9, entry.getOnBehalfOf());
                insert.setString(10, entry.getSessionId());
                insert.setString(11, entry.getSourceAddress());
                insert.setString(12, entry.getOutcome().name());
                insert.setString(13, entry.getDetail());
                insert.setString(14, entry.getPreviousHash());
                insert.setString(15, entry.getHash());
                return insert;
            }, key);
            jdbc.update("UPDATE access_log_head SET last_entry_id = ?, last_hash = ? WHERE id = ?",
                    key.getKey().longValue(), entry.getHash(), AccessLogHead.THE_HEAD);
        });
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    @PreDestroy
    void close() {
        pool.close();
    }

    /** An entry before it knows the entry it follows on from. */
    @FunctionalInterface
    interface Draft {
        AccessLogEntry after(String previousHash);
    }
}
