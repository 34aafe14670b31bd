package nl.samenplan.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;

/**
 * Another user's transaction on the same embedded MariaDB, on a connection of its own: it locks a row or inserts a
 * row and keeps it uncommitted while the application, on its own connections, tries to save. Closing it rolls back
 * what is still open and puts back whatever it changed in the server's settings.
 */
public final class RivalTransaction implements AutoCloseable {

    private final Connection connection;
    private final HikariDataSource pool;
    private final Integer lockWaitTimeoutBefore;

    private RivalTransaction(Connection connection, HikariDataSource pool, Integer lockWaitTimeoutBefore) {
        this.connection = connection;
        this.pool = pool;
        this.lockWaitTimeoutBefore = lockWaitTimeoutBefore;
    }

    /** Opens rival transactions against the application's database. */
    public static final class Factory {

        private final Environment environment;
        private final DataSource applicationDataSource;

        public Factory(Environment environment, DataSource applicationDataSource) {
            this.environment = environment;
            this.applicationDataSource = applicationDataSource;
        }

        public RivalTransaction plain() throws SQLException {
            return new RivalTransaction(open(), pool(), null);
        }

        /**
         * The server's lock wait timeout lowered from 50 seconds to 1 for new connections, and the application's
         * idle connections replaced by new ones, so its next save gives up after a second instead of fifty.
         */
        public RivalTransaction withLockWaitTimeoutOfOneSecond() throws SQLException {
            Connection connection = open();
            int before;
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT @@GLOBAL.innodb_lock_wait_timeout")) {
                result.next();
                before = result.getInt(1);
                statement.execute("SET GLOBAL innodb_lock_wait_timeout = 1");
            }
            pool().getHikariPoolMXBean().softEvictConnections();
            return new RivalTransaction(connection, pool(), before);
        }

        private Connection open() throws SQLException {
            Connection connection = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
            connection.setAutoCommit(false);
            return connection;
        }

        private HikariDataSource pool() throws SQLException {
            return applicationDataSource.unwrap(HikariDataSource.class);
        }
    }

    /** Runs a locking statement (e.g. SELECT ... FOR UPDATE) and keeps its locks. */
    public void lock(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Inserts, uncommitted, a copy of an existing user under a new user name. */
    public void insertUserLike(String existing, String username) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT COLUMN_NAME FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'app_user' AND COLUMN_NAME NOT IN ('id', 'username') "
                + "ORDER BY ORDINAL_POSITION"); ResultSet result = query.executeQuery()) {
            while (result.next()) {
                columns.add(result.getString(1));
            }
        }
        String list = String.join(", ", columns);
        List<Object> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + list + " FROM app_user WHERE username = ?")) {
            query.setString(1, existing);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                for (int i = 1; i <= columns.size(); i++) {
                    values.add(result.getObject(i));
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO app_user (username, " + list
                + ") VALUES (?" + ", ?".repeat(columns.size()) + ")")) {
            insert.setString(1, username);
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 2, values.get(i));
            }
            insert.executeUpdate();
        }
    }

    /**
     * Waits (up to 20 seconds) until another transaction waits for one of this one's locks, then commits: the moment
     * two people press Save at once, made certain. Says whether someone waited.
     */
    public boolean commitOnceSomeoneWaits() throws SQLException, InterruptedException {
        boolean waited = false;
        for (int i = 0; i < 400 && !waited; i++) {
            // a statement of another connection that waits on a lock, seen by InnoDB or in the process list
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                    "SELECT (SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT')"
                            + " + (SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()"
                            + " AND COMMAND = 'Query' AND (STATE LIKE '%lock%' OR INFO LIKE 'insert into app_user%'))")) {
                result.next();
                waited = result.getInt(1) > 0;
            }
            if (!waited) {
                Thread.sleep(50);
            }
        }
        connection.commit();
        return waited;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
            if (lockWaitTimeoutBefore != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET GLOBAL innodb_lock_wait_timeout = " + lockWaitTimeoutBefore);
                }
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        } finally {
            connection.close();
        }
    }
}
