package nl.samenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import nl.samenplan.testsupport.BackupScripts;
import nl.samenplan.testsupport.BackupScripts.Run;
import nl.samenplan.testsupport.TableChecksums;
import nl.samenplan.testsupport.region.AccessLogChain;
import nl.samenplan.testsupport.region.RegionDatabase;
import nl.samenplan.testsupport.region.RegionGenerator;
import nl.samenplan.testsupport.region.RegionSize;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (excluded from the normal build): db/backup.sh and db/restore.sh on a generated region
 * (-Dsamenplan.region.scale, default the full region; generated into the embedded server's target/region-db unless a
 * complete one of that size is there already). Times the backup of the running database and the restore into a fresh
 * one on the same server, then compares every table's row count and checksum (CHECKSUM TABLE, see TableChecksums;
 * tables above -Dsamenplan.region.checksum-max-rows are only counted) and checks the restored access log's hash chain.
 * Run: see the README, section Benchmarks. Prints and writes target/benchmarks/region-backup.txt.
 */
class RegionBackupBenchmark {

    private static final String RESTORED = RegionDatabase.EMBEDDED_DATABASE + "_restored";
    private static final long TWO_HOURS = 7200;

    @Test
    void a_backup_of_a_generated_region_restores_with_every_table_the_same() throws SQLException, IOException {
        RegionSize size = RegionSize.fromSystemProperties();
        long checksumUpTo = Long.getLong("samenplan.region.checksum-max-rows", Long.MAX_VALUE);
        String loadBefore = RegionGeneratorBenchmark.loadAverage();
        RegionDatabase region = RegionDatabase.embedded();
        String source = region.name();
        long started = System.nanoTime();
        RegionGenerator.Report generated = region.ensure(size, LocalDate.now());
        double generatedIn = seconds(started);
        JdbcTemplate jdbc = new JdbcTemplate(region.dataSource());
        jdbc.execute("DROP DATABASE IF EXISTS " + RESTORED);
        Path backups = Path.of("target", "region-backup");
        Files.createDirectories(backups);
        try (var old = Files.list(backups)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        try {
            started = System.nanoTime();
            Map<String, String> before = TableChecksums.of(jdbc, source, checksumUpTo);
            double checksummedIn = seconds(started);

            Run backup = BackupScripts.backup(source, backups, TWO_HOURS);
            assertThat(backup.succeeded()).as(backup.err()).isTrue();
            Path file = Path.of(backup.lastLine());
            Run restore = BackupScripts.restore(file, RESTORED, TWO_HOURS);
            assertThat(restore.succeeded()).as(restore.err()).isTrue();

            Map<String, String> restored = TableChecksums.of(jdbc, RESTORED, checksumUpTo);
            assertThat(restored).as("every table with its row count and checksum").isEqualTo(before);
            started = System.nanoTime();
            long chained;
            try (Connection connection = region.dataSource().getConnection()) {
                chained = AccessLogChain.verify(connection, RESTORED);
            }
            double chainIn = seconds(started);
            long rows = before.keySet().stream().mapToLong(t -> TableChecksums.rows(jdbc, source, t)).sum();

            StringBuilder report = new StringBuilder(String.format("Backup and restore of a generated region (%s), "
                    + "embedded MariaDB, %d cores, load before %s%n", size,
                    Runtime.getRuntime().availableProcessors(), loadBefore));
            report.append(generated == null ? "  region: reused the complete one in target/region-db\n"
                    : String.format("  region: generated now in %.0f s (migration included)%n%s", generatedIn,
                            generated));
            report.append(String.format("  %d tables, %,d rows; checksums of both databases: %.0f s each%n",
                    before.size(), rows, checksummedIn));
            report.append(String.format("  backup (db/backup.sh, mariadb-dump --single-transaction | gzip): %.1f s, "
                    + "%,d bytes%n", backup.millis() / 1000.0, Files.size(file)));
            report.append(String.format("  restore (db/restore.sh into a fresh database): %.1f s%n",
                    restore.millis() / 1000.0));
            report.append(String.format("  every table's row count and checksum the same; the restored access log's "
                    + "hash chain verifies (%,d entries, checked in %.0f s)%n", chained, chainIn));
            report.append(String.format("  load after: %s%n", RegionGeneratorBenchmark.loadAverage()));
            before.forEach((table, sum) -> report.append("    ").append(table).append(": ").append(sum).append('\n'));
            System.out.print(report);
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/region-backup.txt"), report);
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + RESTORED);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
