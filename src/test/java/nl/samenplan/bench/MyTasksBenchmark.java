package nl.samenplan.bench;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.samenplan.client.ClientService;
import nl.samenplan.security.TeamService;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (excluded from the normal build): the server time to open Mijn taken for a
 * district nurse with 40 tasks in a team with 5,000 other open tasks, and the first page of Teamtaken
 * for the leefcoach of that team, on the embedded MariaDB, measured around Vaadin's navigation in
 * Karibu (layout with the menu badge, services, queries, building the components; no network, no
 * browser rendering; one client round trip, so that lazy grids fetch their first page). Run: see the README, section Benchmarks. Prints and writes
 * target/benchmarks/my-tasks.txt.
 */
class MyTasksBenchmark extends KaribuTest {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;
    private static final int TEAM_TASKS = 5_000;
    private static final int NURSE_TASKS = 40;

    @Autowired
    private ClientService clients;
    @Autowired
    private TeamService team;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void my_tasks_for_a_nurse_with_40_tasks_in_a_team_with_5000_open_tasks() throws IOException {
        login("leefcoach");
        long teamId = jdbc.queryForObject("select team_id from app_user where username = 'leefcoach'", Long.class);
        List<Long> clientIds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clientIds.add(Fixtures.newClient(clients, "Bench"));
        }
        List<Long> others = team.colleagues().stream().filter(c -> !c.displayName().equals("Anouk Brink"))
                .map(TeamService.Colleague::id).toList();
        long nurse = team.colleagues().stream().filter(c -> c.displayName().equals("Anouk Brink")).findFirst()
                .orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        insert(teamId, clientIds, others, TEAM_TASKS, today);
        insert(teamId, clientIds, List.of(nurse), NURSE_TASKS, today);
        long open = jdbc.queryForObject("select count(*) from task where team_id = ? and status in ('OPEN','BEZIG')",
                Long.class, teamId);

        login("wvk.veenhof");
        String myTasks = measure("mijn-taken", "mijn-account");
        int cards = LocatorJ._find(Div.class, spec -> spec.withClasses("task-card")).size();
        login("leefcoach");
        String teamTasks = measure("taken", "mijn-account");

        String report = String.format("Team with %d open tasks; nurse with %d of them (%d on the page).%n"
                        + "Mijn taken (nurse), %d runs after %d warm-up:%n  %s%n"
                        + "Teamtaken first page (leefcoach), %d runs after %d warm-up:%n  %s%n",
                open, NURSE_TASKS, cards, MEASURED, WARM_UP, myTasks, MEASURED, WARM_UP, teamTasks);
        System.out.print(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/my-tasks.txt"), report);
    }

    /** Tasks spread over the coming fortnight, a tenth of them overdue, as the job and people leave them. */
    private void insert(long teamId, List<Long> clientIds, List<Long> assignees, int count, LocalDate today) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate due = today.plusDays(i % 10 == 0 ? -1 - i % 3 : i % 14);
            rows.add(new Object[] {teamId, clientIds.get(i % clientIds.size()), "Taak " + i, Date.valueOf(due),
                    assignees.get(i % assignees.size()), i % 7 == 0 ? "BEZIG" : "OPEN", now, "Benchmark", now,
                    "Benchmark"});
        }
        jdbc.batchUpdate("insert into task (version, team_id, client_id, what, due_date, assignee_id, status, "
                + "created_at, created_by, changed_at, changed_by) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static String measure(String route, String elsewhere) {
        for (int i = 0; i < WARM_UP; i++) {
            open(route, elsewhere);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            nanos[i] = open(route, elsewhere);
        }
        Arrays.sort(nanos);
        return String.format("median %.1f ms, p90 %.1f ms, max %.1f ms, min %.1f ms", ms(nanos[MEASURED / 2]),
                ms(nanos[MEASURED * 9 / 10]), ms(nanos[MEASURED - 1]), ms(nanos[0]));
    }

    private static long open(String route, String elsewhere) {
        UI.getCurrent().navigate(elsewhere);
        long start = System.nanoTime();
        UI.getCurrent().navigate(route);
        MockVaadin.clientRoundtrip(); // what the browser would get: lazy grids fetch their first page here
        return System.nanoTime() - start;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
