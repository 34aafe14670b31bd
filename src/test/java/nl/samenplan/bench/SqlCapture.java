package nl.samenplan.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The SQL a service call sends, as MariaDB receives it, and the server's plan for each SELECT: the general query log
 * switched on (into the table mysql.general_log) around one call. The MariaDB driver sends prepared statements as text
 * with their values filled in (client-side preparation, its default), so the logged statements are the real ones,
 * JPA's and JdbcTemplate's alike, and can be EXPLAINed as they stand. For a benchmark on a throw-away server only:
 * the log is global while it is on.
 */
final class SqlCapture {

    /** One statement of the call; the plan is that of a SELECT (one line per table), empty for the others. */
    record Captured(String sql, List<String> plan) {

        boolean read() {
            return sql.regionMatches(true, 0, "select", 0, 6) || sql.regionMatches(true, 0, "with", 0, 4);
        }
    }

    private final DataSource dataSource;

    SqlCapture(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the call with the general log on and returns its statements with the plans of its reads. */
    List<Captured> capture(Runnable call) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long own = connectionId(statement);
            statement.execute("SET GLOBAL general_log = 0");
            statement.execute("SET GLOBAL log_output = 'TABLE'");
            statement.execute("TRUNCATE TABLE mysql.general_log");
            statement.execute("SET GLOBAL general_log = 1");
            try {
                call.run();
            } finally {
                statement.execute("SET GLOBAL general_log = 0");
            }
            try (ResultSet rows = statement.executeQuery("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                    + " WHERE command_type IN ('Query', 'Execute') AND thread_id <> " + own + " ORDER BY event_time")) {
                while (rows.next()) {
                    String sql = rows.getString(1).strip();
                    if (isWork(sql)) {
                        statements.add(sql);
                    }
                }
            }
            statement.execute("TRUNCATE TABLE mysql.general_log");
            List<Captured> captured = new ArrayList<>();
            for (String sql : statements) {
                Captured c = new Captured(sql, List.of());
                captured.add(c.read() ? new Captured(sql, explain(statement, sql)) : c);
            }
            return captured;
        }
    }

    private static long connectionId(Statement statement) throws SQLException {
        try (ResultSet id = statement.executeQuery("SELECT CONNECTION_ID()")) {
            id.next();
            return id.getLong(1);
        }
    }

    /** Statements that read or write data; not the pool's and the transactions' own (autocommit, commit, ...). */
    private static boolean isWork(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return lower.startsWith("select") || lower.startsWith("with") || lower.startsWith("insert")
                || lower.startsWith("update") || lower.startsWith("delete");
    }

    /** MariaDB's EXPLAIN of one SELECT, a line per table: table, access type, key, rows, extra. */
    private static List<String> explain(Statement statement, String sql) {
        List<String> lines = new ArrayList<>();
        try (ResultSet plan = statement.executeQuery("EXPLAIN " + sql)) {
            while (plan.next()) {
                lines.add(String.format("%s %s | table %s | type %s | key %s | rows %s | %s", plan.getString("id"),
                        plan.getString("select_type"), plan.getString("table"), plan.getString("type"),
                        plan.getString("key"), plan.getString("rows"),
                        plan.getString("Extra") == null ? "" : plan.getString("Extra")));
            }
        } catch (SQLException e) {
            lines.add("(no EXPLAIN: " + e.getMessage() + ")");
        }
        return lines;
    }
}
