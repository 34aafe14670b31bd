package nl.samenplan.bench;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.samenplan.dashboard.Period;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (excluded from the normal build): the server time of the manager's dashboard, measured around
 * Vaadin in Karibu on the embedded MariaDB (services, all aggregate queries, building the cards, charts and tables; no
 * browser). First on the demo data (opening the dashboard: the own team, this month), then on a generated team of
 * 100,000 clients with 5 years of history (choosing that team with the year as period: 3 periods plus 12 months).
 * Run: see the README, section Benchmarks. Prints and writes target/benchmarks/dashboard.txt.
 */
class DashboardBenchmark extends KaribuTest {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 30;
    private static final int CLIENTS = 100_000;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_dashboard_on_the_demo_data_and_on_100000_clients_with_5_years_of_history() throws IOException {
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

    /** A team of 100,000 clients in 12 villages with 5 years of waiting list, agreements, needs, caregivers and tasks. */
    private long generate() {
        jdbc.update("insert into team (version, name, area) values (0, 'Benchmarkteam', 'Benchmark')");
        long team = jdbc.queryForObject("select id from team where name = 'Benchmarkteam'", Long.class);
        long category = jdbc.queryForObject("select min(id) from need_category", Long.class);
        Random random = new Random(42);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusYears(5);
        int span = (int) (today.toEpochDay() - first.toEpochDay());
        Timestamp now = Timestamp.valueOf(today.atStartOfDay());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            rows.add(new Object[] {team, "Bench", "Client" + i, Date.valueOf(LocalDate.of(1930 + i % 50, 1 + i % 12, 1)),
                    "Dorp " + i % 12, now});
        }
        batch("insert into client (version, team_id, first_name, last_name, date_of_birth, village, status, created_at)"
                + " values (0, ?, ?, ?, ?, ?, 'ACTIEF', ?)", rows);
        List<Long> clients = jdbc.queryForList("select id from client where team_id = ? order by id", Long.class, team);
        rows.clear();
        for (long c : clients) {
            rows.add(new Object[] {c, now});
        }
        batch("insert into plan (version, client_id, owner_id, owner_name, revision_no, updated_at, updated_by)"
                + " values (0, ?, 1, 'Bench', 0, ?, 'Bench')", rows);
        List<long[]> plans = jdbc.query("select p.id, p.client_id from plan p join client c on c.id = p.client_id"
                + " where c.team_id = ?", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, team);
        List<Object[]> agreements = new ArrayList<>();
        List<Object[]> needs = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> tasks = new ArrayList<>();
        String[] reasons = {"BLIJFT_THUIS", "OPGENOMEN", "OVERLEDEN", "NIET_MEER_NODIG", "VERHUISD"};
        String[] domains = {"WMO", "ZVW", "WLZ"};
        for (long[] plan : plans) {
            long client = plan[1];
            for (int a = 0; a < 2; a++) {
                LocalDate created = first.plusDays(random.nextInt(span));
                int rung = random.nextInt(5);
                LocalDate end = random.nextInt(3) == 0 ? created.plusDays(30 + random.nextInt(700)) : null;
                agreements.add(new Object[] {plan[0], team, category, rung, Date.valueOf(created), end == null ? null
                        : Date.valueOf(end), rung == 4 ? domains[random.nextInt(3)] : null,
                        Timestamp.valueOf(created.atStartOfDay()), rung == 4 ? "GOEDGEKEURD" : null,
                        rung == 4 ? Date.valueOf(created.plusMonths(3)) : null});
                LocalDate asked = created.minusDays(random.nextInt(60));
                needs.add(new Object[] {client, category, Timestamp.valueOf(asked.atStartOfDay()), rung,
                        Timestamp.valueOf(created.atTime(10, 0))});
            }
            if (random.nextInt(100) < 15) {
                LocalDate placed = first.plusDays(random.nextInt(span));
                boolean left = random.nextInt(3) > 0;
                LocalDate leftOn = left ? placed.plusDays(30 + random.nextInt(400)) : null;
                if (leftOn != null && leftOn.isAfter(today)) {
                    leftOn = null;
                }
                entries.add(new Object[] {team, client, "Dorp " + client % 12, Date.valueOf(placed),
                        leftOn == null ? "ACTIEF_WACHTEND" : "AFGEMELD", Date.valueOf(leftOn == null ? placed : leftOn),
                        leftOn == null ? null : Date.valueOf(leftOn), leftOn == null ? null : reasons[random.nextInt(5)],
                        now});
            }
            if (client % 2 == 0) {
                members.add(new Object[] {client, random.nextInt(11), now});
            }
            if (random.nextInt(5) == 0) {
                Timestamp at = Timestamp.valueOf(first.plusDays(random.nextInt(span)).atTime(9, 0));
                tasks.add(new Object[] {team, client, new Date(at.getTime()), random.nextBoolean() ? "LUKT_NIET" : "GEDAAN",
                        at, at});
            }
        }
        batch("insert into agreement (version, plan_id, team_id, description, need_category_id, rung, start_date,"
                + " end_date, funding_domain, sort_order, created_at, approval_state, review_date) values (0, ?, "
                + "?, 'Bench', ?, ?, ?, ?,"
                + " ?, 0, ?, ?, ?)", agreements);
        batch("insert into need (version, client_id, need_category_id, urgency, source, created_at, created_by,"
                + " met_on_rung, met_at) values (0, ?, ?, 'NORMAAL', 'CLIENT', ?, 'Bench', ?, ?)", needs);
        batch("insert into waiting_list_entry (version, team_id, client_id, village, type, urgency, placed_on, status,"
                + " status_since, left_on, leave_reason, created_at) values (0, ?, ?, ?, 'VERPLEEGHUIS', 'NORMAAL', ?, ?,"
                + " ?, ?, ?, ?)", entries);
        batch("insert into network_member (version, client_id, name, relation, caregiver, burden_score, created_at)"
                + " values (0, ?, 'Bench', 'PARTNER', true, ?, ?)", members);
        batch("insert into task (version, team_id, client_id, what, due_date, status, created_at, created_by, changed_at,"
                + " changed_by) values (0, ?, ?, 'Bench', ?, ?, ?, 'Bench', ?, 'Bench')", tasks);
        return team;
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 5_000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 5_000)));
        }
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
