package nl.samenplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import nl.samenplan.privacy.AccessReports;
import nl.samenplan.privacy.ReportPeriod;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.region.AccessLogFill;
import nl.samenplan.testsupport.region.RegionDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (excluded from the normal build): a client's access report and a user's report at 10 million
 * access-log entries (five years of a region: 100,000 clients, 2,000 users), through the real service layer on the
 * embedded MariaDB. The filler entries are appended in bulk by the region generator's AccessLogFill, chained as the
 * application chains them (the chain check finds the log intact). Run: see the README, section Benchmarks. Prints and
 * writes target/benchmarks/access-log.txt.
 */
class AccessLogBenchmark extends KaribuTest {

    private static final long ENTRIES = 10_000_000;
    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private AccessReports reports;
    @Autowired
    private DataSource dataSource;

    @Test
    void a_clients_report_and_a_users_report_at_ten_million_entries() throws IOException, SQLException {
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
     * Fills the log up to ten million entries over five years with the region generator's chained bulk append: one in
     * a thousand is the measured client's (about 10,000 over five years, a heavy file), one in five thousand the
     * measured user's (about 2,000); the others belong to 100,000 other clients and 2,000 other users.
     */
    private long fill(long clientId, long userId) throws SQLException {
        RegionDatabase.sizeForBulkLoad(dataSource);
        long have = jdbc.queryForObject("select count(*) from access_log_entry", Long.class);
        long count = Math.max(0, ENTRIES - have);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long written;
        try (Connection connection = dataSource.getConnection()) {
            written = AccessLogFill.append(connection, count, n -> {
                long seq = count - n;
                return new AccessLogFill.Entry(now.minusSeconds(seq * 15), "PLAN_VIEWED",
                        seq % 1000 == 0 ? clientId : 1_000_000 + seq % 100_000,
                        seq % 5000 == 0 ? userId : 1_000_000 + seq % 2000, "bench", "LEEFCOACH", "Benchmark", 1L, true,
                        "AccessLogBenchmark");
            });
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
