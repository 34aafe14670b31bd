package nl.samenplan.backup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.samenplan.audit.AccessEvent;
import nl.samenplan.audit.AccessLog;
import nl.samenplan.audit.AccessLog.ChainBreak;
import nl.samenplan.audit.AccessLog.ChainCheck;
import nl.samenplan.audit.AccessLogTriggers;
import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.testsupport.BackupScripts;
import nl.samenplan.testsupport.BackupScripts.Run;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.TableChecksums;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * db/backup.sh and db/restore.sh on the running (embedded) MariaDB with the demo data: the backup restores into a
 * fresh database on the same server with every table, row and checksum the same, the triggers, routines and events
 * too, and the access log's hash chain intact; a damaged backup or a database in use is refused.
 */
class BackupRestoreTest extends KaribuTest {

    private static final String SOURCE = "samenplan";
    private static final String RESTORED = "samenplan_restored";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AccessLog accessLog;

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @TempDir
    Path backups;

    @AfterEach
    void dropTheRestoredDatabase() {
        jdbc.execute("DROP DATABASE IF EXISTS " + RESTORED);
    }

    @Test
    void a_backup_of_the_running_database_restores_into_a_fresh_one_with_every_table_row_and_checksum_the_same() {
        as("leefcoach", () -> {
            accessLog.record(AccessEvent.allowed(AccessEventType.CLIENT_FILE_OPENED, 101L, "before the backup"));
            accessLog.record(AccessEvent.refused(AccessEventType.CLIENT_FILE_OPENED, 202L, "not in the team"));
        });
        Map<String, String> before = tables(SOURCE);

        Run backup = BackupScripts.backup(SOURCE, backups);
        Map<String, String> after = tables(SOURCE);
        assertThat(backup.succeeded()).as(backup.err()).isTrue();
        Path file = Path.of(backup.lastLine());
        assertThat(file.getFileName().toString()).matches(SOURCE + "-\\d{8}T\\d{6}Z\\.sql\\.gz");
        assertThat(file.resolveSibling(file.getFileName() + ".sha256")).exists();
        assertThat(after).as("nothing wrote to the database while it was backed up").isEqualTo(before);

        Run restore = BackupScripts.restore(file, RESTORED);
        assertThat(restore.succeeded()).as(restore.err()).isTrue();
        System.out.printf("Backup of the demo data (%d tables, %d rows, %d bytes gzipped): backup %d ms, restore %d ms%n",
                before.size(), totalRows(RESTORED), size(file), backup.millis(), restore.millis());

        Map<String, String> restored = tables(RESTORED);
        assertThat(restored).as("every table with its row count and CHECKSUM TABLE").isEqualTo(before);
        assertThat(rows(RESTORED, "access_log_entry")).isGreaterThanOrEqualTo(2);
        assertThat(rows(RESTORED, "client")).as("the demo clients").isPositive();
        assertThat(objects(RESTORED)).as("triggers, routines and events").isEqualTo(objects(SOURCE));
        assertThat(objects(RESTORED)).as("the access log's triggers")
                .containsKeys(AccessLogTriggers.NAMES.stream().map(name -> "trigger " + name).toArray(String[]::new));
    }

    @Test
    void the_access_logs_hash_chain_verifies_in_the_restored_database_and_a_change_there_breaks_it_there_only() {
        as("leefcoach", () -> accessLog.record(AccessEvent.allowed(AccessEventType.CLIENT_FILE_OPENED, 303L, "kept")));
        Run backup = BackupScripts.backup(SOURCE, backups);
        assertThat(backup.succeeded()).as(backup.err()).isTrue();
        Run restore = BackupScripts.restore(Path.of(backup.lastLine()), RESTORED);
        assertThat(restore.succeeded()).as(restore.err()).isTrue();

        ChainCheck check = verifyIn(RESTORED);
        assertThat(check.isIntact()).as(check.toString()).isTrue();
        assertThat(check.entriesChecked()).isEqualTo(rows(RESTORED, "access_log_entry")).isPositive();

        long changed = jdbc.queryForObject("SELECT id FROM " + RESTORED + ".access_log_entry "
                + "ORDER BY id DESC LIMIT 1 OFFSET 1", Long.class);
        AccessLogTriggers.NAMES.forEach(name -> jdbc.execute("DROP TRIGGER " + RESTORED + "." + name));
        jdbc.update("UPDATE " + RESTORED + ".access_log_entry SET detail = 'changed in the copy' WHERE id = ?", changed);
        ChainCheck tampered = verifyIn(RESTORED);
        assertThat(tampered.isIntact()).as("the check reads the restored database").isFalse();
        assertThat(tampered.brokenAt()).isEqualTo(changed);
        assertThat(tampered.reason()).isEqualTo(ChainBreak.CONTENT_DOES_NOT_MATCH_HASH);
        assertThat(verifyIn(SOURCE).isIntact()).as("the running database untouched").isTrue();
    }

    @Test
    void a_backup_that_does_not_match_its_checksum_is_not_restored() throws IOException {
        Run backup = BackupScripts.backup(SOURCE, backups);
        assertThat(backup.succeeded()).as(backup.err()).isTrue();
        Path file = Path.of(backup.lastLine());
        Files.write(file, new byte[] {42}, StandardOpenOption.APPEND);

        Run restore = BackupScripts.restore(file, RESTORED);

        assertThat(restore.succeeded()).isFalse();
        assertThat(restore.err()).contains("does not match its checksum");
        assertThat(schemaExists(RESTORED)).isFalse();
    }

    @Test
    void a_restore_into_a_database_that_has_tables_already_is_refused_and_leaves_it_as_it_was() {
        Run backup = BackupScripts.backup(SOURCE, backups);
        assertThat(backup.succeeded()).as(backup.err()).isTrue();
        Map<String, String> before = tables(SOURCE);

        Run restore = BackupScripts.restore(Path.of(backup.lastLine()), SOURCE);

        assertThat(restore.succeeded()).isFalse();
        assertThat(restore.err()).contains("already has").contains("restore into a fresh one");
        assertThat(tables(SOURCE)).isEqualTo(before);
    }

    /** AccessLog.verify() itself, in a transaction whose connection reads the given database. */
    private ChainCheck verifyIn(String database) {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        return as("beheerder", () -> readOnly.execute(status -> {
            Session session = entityManager.unwrap(Session.class);
            String own = session.doReturningWork(Connection::getCatalog);
            session.doWork(connection -> connection.setCatalog(database));
            try {
                return accessLog.verify();
            } finally {
                session.doWork(connection -> connection.setCatalog(own));
            }
        }));
    }

    /** Every base table with its row count and checksum (see TableChecksums). */
    private Map<String, String> tables(String database) {
        return TableChecksums.of(jdbc, database);
    }

    private List<String> tableNames(String database) {
        return TableChecksums.tableNames(jdbc, database);
    }

    private long rows(String database, String table) {
        return TableChecksums.rows(jdbc, database, table);
    }

    private long totalRows(String database) {
        return tableNames(database).stream().mapToLong(table -> rows(database, table)).sum();
    }

    /** The triggers, routines and events of the database, each by name with its body. */
    private Map<String, String> objects(String database) {
        Map<String, String> objects = new TreeMap<>();
        jdbc.query("SELECT trigger_name, CONCAT(action_timing, ' ', event_manipulation, ' ', event_object_table, ' ',"
                + " action_statement) FROM information_schema.triggers WHERE trigger_schema = ?",
                row -> { objects.put("trigger " + row.getString(1), row.getString(2)); }, database);
        jdbc.query("SELECT routine_name, routine_definition FROM information_schema.routines WHERE routine_schema = ?",
                row -> { objects.put("routine " + row.getString(1), row.getString(2)); }, database);
        jdbc.query("SELECT event_name, event_definition FROM information_schema.events WHERE event_schema = ?",
                row -> { objects.put("event " + row.getString(1), row.getString(2)); }, database);
        return objects;
    }

    private boolean schemaExists(String database) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?",
                Integer.class, database) == 1;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
