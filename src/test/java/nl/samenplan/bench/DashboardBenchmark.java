package nl.samenplan.bench;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import javax.sql.DataSource;
import nl.samenplan.dashboard.Period;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.region.RegionDatabase;
import nl.samenplan.testsupport.region.RegionGenerator;
import nl.samenplan.testsupport.region.RegionSize;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (excluded from the normal build): the server time of the manager's dashboard, measured around
 * Vaadin in Karibu on the embedded MariaDB (services, all aggregate queries, building the cards, charts and tables; no
 * browser). First on the demo data (opening the dashboard: the own team, this month), then on a generated team of
 * 100,000 clients with 5 years of history from the region generator (testsupport.region: its densities, all in one
 * team; choosing that team with the year as period: 3 periods plus 12 months).
 * Run: see the README, section Benchmarks. Prints and writes target/benchmarks/dashboard.txt.
 */
class DashboardBenchmark extends KaribuTest {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 30;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;

    @Test
    void the_dashboard_on_the_demo_data_and_on_100000_clients_with_5_years_of_history() throws IOException,
            SQLException {
        login("manager");
        String demo = measure(() -> {
            UI.getCurrent().navigate("mijn-account");
            long start = System.nanoTime();
            UI.getCurrent().navigate("dashboard");
            MockVaadin.clientRoundtrip();
            return System.nanoTime() - start;
        });

        long started = System.nanoTime();
        long team = generate();
        String counts = jdbc.queryForObject("select concat((select count(*) from client where team_id = ?), ' clients, ',"
                + " (select count(*) from waiting_list_entry where team_id = ?), ' waiting-list entries, ',"
                + " (select count(*) from agreement a join plan p on p.id = a.plan_id join client c on c.id = p.client_id"
                + " where c.team_id = ?), ' agreements, ', (select count(*) from need n join client c on c.id = n.client_id"
                + " where c.team_id = ?), ' needs, ', (select count(*) from task where team_id = ?), ' tasks')",
                String.class, team, team, team, team, team);
        double generatedIn = (System.nanoTime() - started) / 1e9;
        jdbc.execute("analyze table client, plan, agreement, need, waiting_list_entry, task, network_member");

        login("manager");
        UI.getCurrent().navigate("dashboard");
        @SuppressWarnings("unchecked")
        Select<Long> teams = LocatorJ._get(Select.class, spec -> spec.withId("dashboard-team"));
        @SuppressWarnings("unchecked")
        Select<Period.Kind> kind = LocatorJ._get(Select.class, spec -> spec.withId("dashboard-kind"));
        Long own = teams.getValue();
        kind.setValue(Period.Kind.YEAR);
        String big = measure(() -> {
            teams.setValue(own);
            long start = System.nanoTime();
            teams.setValue(team);
            MockVaadin.clientRoundtrip();
            return System.nanoTime() - start;
        });
        kind.setValue(Period.Kind.MONTH);
        String bigMonth = measure(() -> {
            teams.setValue(own);
            long start = System.nanoTime();
            teams.setValue(team);
            MockVaadin.clientRoundtrip();
            return System.nanoTime() - start;
        });

        String report = String.format("Dashboard server time (Karibu, embedded MariaDB), %d runs after %d warm-up:%n"
                        + "Demo data, opening the dashboard (own team, this month):%n  %s%n"
                        + "Generated team (%s; generated in %.0f s), choosing it with the year as period:%n  %s%n"
                        + "Same team, this month:%n  %s%n",
                MEASURED, WARM_UP, demo, counts, generatedIn, big, bigMonth);
        System.out.print(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/dashboard.txt"), report);
    }

    /** The region generator's full region of 100,000 clients with 5 years of history, all in one team. */
    private long generate() throws SQLException {
        RegionDatabase.sizeForBulkLoad(dataSource);
        RegionSize oneTeam = RegionSize.scaled(1, 0, 42).with(1, 0);
        long team = new RegionGenerator(dataSource, oneTeam, LocalDate.now(clock)).generate().teamIds().get(0);
        // the demo manager follows the generated team too, or the dashboard refuses it
        jdbc.update("insert into manager_team (user_id, team_id) select id, ? from app_user where username = 'manager'",
                team);
        return team;
    }

    private static String measure(java.util.function.LongSupplier run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.getAsLong();
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            nanos[i] = run.getAsLong();
        }
        Arrays.sort(nanos);
        return String.format("median %.1f ms, p90 %.1f ms, max %.1f ms, min %.1f ms", ms(nanos[MEASURED / 2]),
                ms(nanos[MEASURED * 9 / 10]), ms(nanos[MEASURED - 1]), ms(nanos[0]));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
