package nl.samenplan.testsupport;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every base table of a database with its row count and checksum, to compare a database with its restored backup.
 * The checksum is CHECKSUM TABLE's, except on a table with a VIRTUAL column (waiting_list_entry's open_client_id):
 * there MariaDB 11.4's CHECKSUM TABLE is not repeatable (two calls on unchanged rows gave different sums), so the
 * checksum is over the stored columns' values instead (each row's CRC32, summed), which is what a restore must
 * preserve; the virtual column is recomputed from them. Tables above a number of rows may be counted only.
 */
public final class TableChecksums {

    private TableChecksums() {
    }

    /** Every table with "rows N, checksum C". */
    public static Map<String, String> of(JdbcTemplate jdbc, String database) {
        return of(jdbc, database, Long.MAX_VALUE);
    }

    /** Every table with "rows N, checksum C", or only "rows N" when it has more than {@code checksumUpToRows}. */
    public static Map<String, String> of(JdbcTemplate jdbc, String database, long checksumUpToRows) {
        Map<String, String> tables = new TreeMap<>();
        for (String table : tableNames(jdbc, database)) {
            long rows = rows(jdbc, database, table);
            tables.put(table, rows > checksumUpToRows ? "rows " + rows + " (not checksummed)"
                    : "rows " + rows + ", checksum " + checksum(jdbc, database, table));
        }
        return tables;
    }

    public static List<String> tableNames(JdbcTemplate jdbc, String database) {
        return jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name", String.class, database);
    }

    public static long rows(JdbcTemplate jdbc, String database, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM `" + database + "`.`" + table + "`", Long.class);
    }

    private static String checksum(JdbcTemplate jdbc, String database, String table) {
        List<String> stored = jdbc.queryForList("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position",
                String.class, database, table);
        boolean generated = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? AND is_generated <> 'NEVER'", Integer.class,
                database, table) > 0;
        return generated
                ? "of the stored columns " + jdbc.queryForObject("SELECT COALESCE(SUM(CRC32(CONCAT_WS(',', "
                        + String.join(", ", stored.stream().map(c -> "QUOTE(`" + c + "`)").toList())
                        + "))), 0) FROM `" + database + "`.`" + table + "`", String.class)
                : jdbc.queryForList("CHECKSUM TABLE `" + database + "`.`" + table + "`").get(0)
                        .get("Checksum").toString();
    }
}
