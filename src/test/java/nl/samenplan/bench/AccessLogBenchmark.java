package nl.samenplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import nl.samenplan.audit.AccessLogTriggers;
import nl.samenplan.privacy.AccessReports;
import nl.samenplan.privacy.ReportPeriod;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (excluded from the normal build): a client's access report and a user's report at 10 million
 * access-log entries (five years of a region: 100,000 clients, 2,000 users), through the real service layer on the
 * embedded MariaDB. The filler rows are written straight into the table and do not chain: this database's chain check
 * reports them, which is why this never runs in the normal build. Run: see the
 * README, section Benchmarks. Prints and writes target/benchmarks/access-log.txt.
 */
class AccessLogBenchmark extends KaribuTest {

    private static final long ENTRIES = 10_000_000;
    private static final long BATCH = 500_000;
    /** The previous hash of a filler entry: they do not chain. */
    private static final String FILLER_PREVIOUS_HASH = "0".repeat(64);
    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private AccessReports reports;

    @Test
    void a_clients_report_and_a_users_report_at_ten_million_entries() throws IOException {
        long clientId = jdbc.queryForObject("select min(c.id) from client c join team t on t.id = c.team_id "
                + "where t.name = 'Dorpsteam Heideveen'", Long.class);
        long userId = jdbc.queryForObject("select id from app_user where username = 'leefcoach'", Long.class);
        long started = System.nanoTime();
        long filled = fill(clientId, userId);
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        long total = jdbc.queryForObject("select count(*) from access_log_entry", Long.class);
        long ofClient = jdbc.queryForObject("select count(*) from access_log_entry where client_id = ?", Long.class,
                clientId);
        long ofUser = jdbc.queryForObject("select count(*) from access_log_entry where user_id = ?", Long.class, userId);
        ReportPeriod lastYear = new ReportPeriod(LocalDate.now().minusYears(1), LocalDate.now());
        ReportPeriod fiveYears = new ReportPeriod(LocalDate.now().minusYears(5), LocalDate.now());

        login("privacy");
        StringBuilder report = new StringBuilder(String.format(
                "Access log at %,d entries (%,d written now in %.0f s); the client has %,d, the user %,d%n", total,
                filled, fillSeconds, ofClient, ofUser));
        report.append(measure("client's report, first page of 50, last year", () -> reports
                .clientReport(clientId, lastYear, PageRequest.of(0, 50)).getNumberOfElements()));
        report.append(measure("client's report, first page of 50, five years", () -> reports
                .clientReport(clientId, fiveYears, PageRequest.of(0, 50)).getNumberOfElements()));
        report.append(measure("user's report, first page of 50, last year", () -> reports
                .userReport(userId, lastYear, PageRequest.of(0, 50)).getNumberOfElements()));
        report.append(measure("user's report, page 20 of 50, five years", () -> reports
                .userReport(userId, fiveYears, PageRequest.of(19, 50)).getNumberOfElements()));
        report.append("Query plans:\n");
        for (String column : List.of("client_id", "user_id")) {
            List<String> plan = jdbc.query("explain select * from access_log_entry where " + column
                    + " = ? and occurred_at >= now() - interval 1 year and occurred_at < now() "
                    + "order by occurred_at desc, id desc limit 50", (row, i) -> row.getString("key") + ", rows "
                    + row.getString("rows") + ", " + row.getString("Extra"), column.equals("client_id") ? clientId
                    : userId);
            report.append("  by ").append(column).append(": ").append(plan).append('\n');
        }
        System.out.print(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/access-log.txt"), report);
    }

    /**
     * Fills the log up to ten million entries over five years: one in a thousand is the measured client's (about
     * 10,000 over five years, a heavy file), one in five thousand the measured user's (about 2,000).
     */
    private long fill(long clientId, long userId) {
        long have = jdbc.queryForObject("select count(*) from access_log_entry", Long.class);
        // on this server INSERT ... SELECT into a table with triggers loses its values (every column arrives as NULL):
        // the triggers are lifted for the fill and put back as Liquibase made them
        AccessLogTriggers.NAMES.forEach(name -> jdbc.execute("drop trigger if exists " + name));
        long written = 0;
        try {
            for (long from = have; from < ENTRIES; from += BATCH) {
                long count = Math.min(BATCH, ENTRIES - from);
                jdbc.update("insert into access_log_entry (occurred_at, event_type, client_id, user_id, username, "
                        + "role, organisation, team_id, outcome, detail, previous_hash, hash) "
                        + "select date_sub(utc_timestamp(3), interval s.seq * 15 second), 'PLAN_VIEWED', "
                        + "case when s.seq % 1000 = 0 then ? else 1000000 + s.seq % 100000 end, "
                        + "case when s.seq % 5000 = 0 then ? else 1000000 + s.seq % 2000 end, 'bench', 'LEEFCOACH', "
                        + "'Benchmark', 1, 'ALLOWED', 'AccessLogBenchmark', ?, sha2(concat('bench-', s.seq), 256) "
                        + "from seq_" + from + "_to_" + (from + count - 1) + " s", clientId, userId,
                        FILLER_PREVIOUS_HASH);
                written += count;
            }
        } finally {
            AccessLogTriggers.createStatements().forEach(jdbc::execute);
        }
        jdbc.execute("analyze table access_log_entry");
        return written;
    }

    private static String measure(String what, LongSupplier query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.getAsLong();
        }
        long[] nanos = new long[MEASURED];
        long rows = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            rows = query.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("  %s (%d rows): median %.1f ms, p95 %.1f ms, max %.1f ms%n", what, rows,
                nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 95 / 100] / 1e6, nanos[MEASURED - 1] / 1e6);
    }
}
