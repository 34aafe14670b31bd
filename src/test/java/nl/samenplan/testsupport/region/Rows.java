package nl.samenplan.testsupport.region;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Rows for one table, sent as multi-row INSERT statements of about a megabyte each (far below the server's
 * max_allowed_packet): the fastest plain-SQL way to load, and it works on any MariaDB the JDBC URL reaches. Values are
 * written as SQL literals: numbers, booleans, dates, date-times (microseconds), texts (quotes doubled; the generator
 * writes no backslashes) and null.
 */
final class Rows implements AutoCloseable {

    private static final int STATEMENT_CHARS = 1 << 20;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final Connection connection;
    private final String head;
    private final StringBuilder sql = new StringBuilder(STATEMENT_CHARS + 4096);
    private long count;
    private boolean pending;

    Rows(Connection connection, String table, String columns) {
        this.connection = connection;
        this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
    }

    /** One row, its values in the order of the columns. */
    Rows add(Object... values) {
        if (!pending) {
            sql.setLength(0);
            sql.append(head);
            pending = true;
        } else {
            sql.append(',');
        }
        sql.append('(');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sql.append(',');
            }
            literal(values[i]);
        }
        sql.append(')');
        count++;
        if (sql.length() >= STATEMENT_CHARS) {
            flush();
        }
        return this;
    }

    long count() {
        return count;
    }

    /** Sends what is pending. */
    void flush() {
        if (!pending) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql.toString());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert into " + head.substring(12, head.indexOf(' ', 12))
                    + ": " + e.getMessage(), e);
        }
        pending = false;
    }

    @Override
    public void close() {
        flush();
    }

    private void literal(Object value) {
        if (value == null) {
            sql.append("NULL");
        } else if (value instanceof Number number) {
            sql.append(number);
        } else if (value instanceof Boolean bool) {
            sql.append(bool ? '1' : '0');
        } else if (value instanceof LocalDate date) {
            sql.append('\'').append(date).append('\'');
        } else if (value instanceof LocalDateTime time) {
            sql.append('\'').append(DATE_TIME.format(time)).append('\'');
        } else {
            String text = value.toString();
            if (text.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("The generator writes no backslashes: " + text);
            }
            sql.append('\'').append(text.replace("'", "''")).append('\'');
        }
    }
}
