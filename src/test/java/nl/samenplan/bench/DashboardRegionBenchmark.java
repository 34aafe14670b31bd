package nl.samenplan.bench;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import nl.samenplan.dashboard.DashboardService;
import nl.samenplan.dashboard.Period;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.region.RegionDatabase;
import nl.samenplan.testsupport.region.RegionGenerator;
import nl.samenplan.testsupport.region.RegionSize;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (excluded from the normal build): the manager's dashboard on the region generator's region
 * (full size by default: 100,000 clients in 200 teams with 5 years of history; {@code -Dsamenplan.region.scale}
 * sizes it, no access log), generated into the test's embedded MariaDB. The demo manager follows exactly the
 * generated teams. For the last complete month, quarter and year (each with the period before, the baseline a year earlier and
 * the series the page shows): (a) one team, (b) the whole region ("all teams"), each measured around the whole page
 * in Karibu (choosing the team in the filter, one round trip) and at the service call
 * ({@link DashboardService#figures}). Prints p50/p95/max per case (nearest rank), the machine's load and, for one
 * region-year call, the time of each SQL statement (MariaDB's slow log at 0 s). {@code -Dsamenplan.bench.runs}
 * (default 10) and {@code -Dsamenplan.bench.warmup} (default 2) set the runs per case. Writes
 * target/benchmarks/dashboard-region.txt. Run: see the README, section Benchmarks.
 */
class DashboardRegionBenchmark extends KaribuTest {

    private static final int RUNS = Integer.getInteger("samenplan.bench.runs", 10);
    private static final int WARM_UP = Integer.getInteger("samenplan.bench.warmup", 2);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private DashboardService dashboard;

    @Test
    void the_dashboard_for_one_team_and_for_the_whole_region_of_100000_clients() throws IOException, SQLException {
        long started = System.nanoTime();
        RegionDatabase.sizeForBulkLoad(dataSource);
        RegionSize size = RegionSize.fromSystemProperties();
        size = size.with(size.teams(), 0);
        List<Long> teams = new RegionGenerator(dataSource, size, LocalDate.now(clock)).generate().teamIds();
        jdbc.update("delete from manager_team where user_id = (select id from app_user where username = 'manager')");
        teams.forEach(t -> jdbc.update("insert into manager_team (user_id, team_id) select id, ? from app_user"
                + " where username = 'manager'", t));
        jdbc.execute("analyze table client, plan, agreement, need, waiting_list_entry, task, network_member");
        double generatedIn = (System.nanoTime() - started) / 1e9;
        long team = teams.get(0);
        long other = teams.get(1 % teams.size());
        String counts = jdbc.queryForObject("select concat((select count(*) from client where team_id = ?), ' clients, ',"
                + " (select count(*) from waiting_list_entry where team_id = ?), ' waiting-list entries, ',"
                + " (select count(*) from agreement where team_id = ?), ' agreements, ', (select count(*) from need n"
                + " join client c on c.id = n.client_id where c.team_id = ?), ' needs, ', (select count(*) from task"
                + " where team_id = ?), ' tasks')", String.class, team, team, team, team, team);
        String regionCounts = jdbc.queryForObject("select concat((select count(*) from client c join manager_team m"
                + " on m.team_id = c.team_id where m.user_id = u.id), ' clients, ', (select count(*) from agreement a"
                + " join manager_team m on m.team_id = a.team_id where m.user_id = u.id), ' agreements') from app_user u"
                + " where u.username = 'manager'", String.class);

        login("manager");
        dashboard.teams(); // the security context of the service calls
        StringBuilder report = new StringBuilder(String.format("Dashboard on a generated region (%s; generated in %.0f s)"
                + ", %d runs after %d warm-up, server time (Karibu, embedded MariaDB):%n"
                + "One team: %s. The region (%d teams followed, \"all teams\"): %s.%n", size, generatedIn, RUNS, WARM_UP,
                counts, teams.size(), regionCounts));
        for (Period.Kind kind : List.of(Period.Kind.MONTH, Period.Kind.QUARTER, Period.Kind.YEAR)) {
            // the last complete period: all its parts (weeks or months) are counted, the heaviest a manager asks for
            Period period = Period.containing(kind, LocalDate.now(clock)).previous();
            login("manager");
            @SuppressWarnings("unchecked")
            Select<Long> teamSelect = LocatorJ._get(Select.class, spec -> spec.withId("dashboard-team"));
            @SuppressWarnings("unchecked")
            Select<Period.Kind> kindSelect = LocatorJ._get(Select.class, spec -> spec.withId("dashboard-kind"));
            kindSelect.setValue(kind);
            LocatorJ._get(DatePicker.class, spec -> spec.withId("dashboard-day"))
                    .setValue(period.start());
            line(report, kind + ", one team, page (Karibu)", measure(() -> choose(teamSelect, other, team)));
            line(report, kind + ", one team, service", measure(() -> figures(team, period)));
            line(report, kind + ", region, page (Karibu)", measure(() -> choose(teamSelect, team, null)));
            line(report, kind + ", region, service", measure(() -> figures(null, period)));
        }
        report.append(statements(Period.containing(Period.Kind.YEAR, LocalDate.now(clock)).previous()));
        System.out.print(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/dashboard-region.txt"), report);
    }

    /** Chooses {@code from} (not measured), then {@code to} with the round trip the browser would make (measured). */
    private static long choose(Select<Long> teamSelect, Long from, Long to) {
        teamSelect.setValue(from);
        MockVaadin.clientRoundtrip();
        long start = System.nanoTime();
        teamSelect.setValue(to);
        MockVaadin.clientRoundtrip();
        return System.nanoTime() - start;
    }

    private long figures(Long teamId, Period period) {
        long start = System.nanoTime();
        dashboard.figures(new DashboardService.Filter(teamId, null, period, period.yearEarlier()));
        return System.nanoTime() - start;
    }

    /** Each SQL statement of one service call for the region and a year, from MariaDB's slow log at 0 seconds. */
    private String statements(Period year) throws SQLException {
        jdbc.execute("set global log_output = 'TABLE'");
        jdbc.execute("set global long_query_time = 0");
        jdbc.execute("truncate table mysql.slow_log");
        jdbc.execute("set global slow_query_log = 1");
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections(); // new sessions take the setting
        StringBuilder text = new StringBuilder("Statements of one region-year service call (MariaDB slow log):\n");
        try {
            figures(null, year);
        } finally {
            jdbc.execute("set global slow_query_log = 0");
        }
        List<String> selects = new java.util.ArrayList<>();
        jdbc.query("select time_to_sec(query_time) * 1000, rows_examined, convert(sql_text using utf8mb4)"
                + " from mysql.slow_log where sql_text like 'select%' order by start_time", rs -> {
                    String sql = rs.getString(3).replace('\n', ' ');
                    selects.add(sql);
                    text.append(String.format("  %8.1f ms %9d rows  %s%n", rs.getDouble(1), rs.getLong(2),
                            sql.substring(0, Math.min(110, sql.length()))));
                });
        StringBuilder explain = new StringBuilder();
        for (String sql : selects) {
            explain.append("\n").append(sql).append("\n\n| table | type | key | rows | Extra |\n|---|---|---|---|---|\n");
            jdbc.query("explain " + sql, rs -> {
                explain.append(String.format("| %s | %s | %s | %s | %s |%n", rs.getString("table"), rs.getString("type"),
                        rs.getString("key"), rs.getString("rows"), rs.getString("Extra")));
            });
        }
        try {
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/dashboard-region-explain.md"), explain);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void line(StringBuilder report, String name, long[] nanos) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        report.append(String.format("  %-32s p50 %8.1f ms, p95 %8.1f ms, max %8.1f ms  (load %.2f)%n", name,
                ms(nanos[rank(nanos.length, 0.50)]), ms(nanos[rank(nanos.length, 0.95)]), ms(nanos[nanos.length - 1]),
                load));
        System.out.print(report.substring(report.lastIndexOf("  " + name)));
    }

    private static int rank(int n, double p) {
        return Math.max(0, (int) Math.ceil(p * n) - 1);
    }

    private static long[] measure(LongSupplier run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.getAsLong();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            nanos[i] = run.getAsLong();
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
