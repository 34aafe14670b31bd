package nl.samenplan.testsupport.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import nl.samenplan.audit.AccessLog;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientService.ClientFilter;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.task.TaskService;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.waitinglist.WaitingListService.ListFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The region generator at a tiny size, on the test database beside the demo data: it writes what its size asks for,
 * the rows pass the schema's constraints and triggers, the application reads them through its services, and the
 * access log it extends still verifies. Keeps the generator from rotting between benchmark runs. Removes the region
 * afterwards.
 */
class RegionGeneratorTest extends KaribuTest {

    private static final RegionSize TINY = new RegionSize(2, 300, 3_000, 5_000, 7);
    private static RegionGenerator.Report report;

    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private TaskService tasks;
    @Autowired
    private WaitingListService waitingList;
    @Autowired
    private AccessLog accessLog;

    @BeforeEach
    void generateOnce() throws Exception {
        if (report == null) {
            report = new RegionGenerator(dataSource, TINY, LocalDate.now(clock)).generate();
        }
    }

    @Test
    void a_tiny_region_has_the_teams_clients_tasks_and_log_entries_its_size_asks_for() throws Exception {
        List<Long> teams = report.teamIds();
        assertThat(teams).hasSize(2);
        assertThat(regionCount("client c")).isEqualTo(300).isEqualTo(report.rows().get("client"));
        assertThat(regionCount("task c")).isEqualTo(3_000).isEqualTo(report.rows().get("task"));
        assertThat(regionCount("app_user c")).isEqualTo(2L * RegionSize.USERS_PER_TEAM);
        assertThat(regionCount("volunteer c")).isEqualTo(2L * RegionSize.VOLUNTEERS_PER_TEAM);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log_entry WHERE organisation = ?", Long.class,
                RegionGenerator.ORGANISATION)).isEqualTo(5_000).isEqualTo(report.rows().get("access_log_entry"));
        double membersPerClient = report.rows().get("network_member") / 300.0;
        double agreementsPerPlan = report.rows().get("agreement") / 300.0;
        assertThat(membersPerClient).as("about 4 network members each").isBetween(3.5, 4.5);
        assertThat(agreementsPerPlan).as("about 8 agreements each").isBetween(7.5, 8.5);
        assertThat(jdbc.queryForList("SELECT DISTINCT a.rung FROM agreement a JOIN team t ON t.id = a.team_id"
                + " WHERE t.area = ? ORDER BY a.rung", Integer.class, TINY.marker())).containsExactly(0, 1, 2, 3, 4);
        assertThat(jdbc.queryForList("SELECT DISTINCT c.status FROM task c JOIN team t ON t.id = c.team_id"
                + " WHERE t.area = ?", String.class, TINY.marker())).contains("GEDAAN", "OPEN", "LUKT_NIET");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task c JOIN team t ON t.id = c.team_id WHERE t.area = ?"
                + " AND c.status IN ('OPEN', 'BEZIG') AND c.due_date < ?", Long.class, TINY.marker(),
                LocalDate.now(clock))).as("some overdue").isPositive();
        assertThat(jdbc.queryForObject("SELECT MIN(placed_on) FROM waiting_list_entry c JOIN team t"
                + " ON t.id = c.team_id WHERE t.area = ?", LocalDate.class, TINY.marker()))
                .isBefore(LocalDate.now(clock).minusYears(4));
        assertThat(RegionGenerator.isComplete(dataSource, TINY)).isTrue();
    }

    @Test
    void the_application_reads_the_region_through_its_services_and_the_access_log_still_verifies() {
        long team = report.teamIds().get(0);
        long client = jdbc.queryForObject("SELECT MIN(id) FROM client WHERE team_id = ? AND status = 'ACTIEF'",
                Long.class, team);
        long agreements = jdbc.queryForObject("SELECT COUNT(*) FROM agreement a JOIN plan p ON p.id = a.plan_id"
                + " WHERE p.client_id = ?", Long.class, client);

        login(RegionGenerator.username(0, 0));
        assertThat(clients.findClients(ClientFilter.NONE, PageRequest.of(0, 50)).getTotalElements())
                .as("the leefcoach sees the team's clients").isEqualTo(150);
        var plan = plans.page(client).plan();
        assertThat(plan.content().agreements()).hasSize((int) agreements);
        assertThat(plan.content().agreements()).extracting(a -> a.rung()).contains(SupportRung.PROFESSIONELE_ZORG);

        login(RegionGenerator.username(0, 4));
        assertThat(tasks.myTasks()).as("the district nurse's own open tasks").isNotEmpty();

        login(RegionGenerator.username(0, 6));
        assertThat(waitingList.list(ListFilter.NOW, PageRequest.of(0, 50)).getTotalElements()).isPositive();

        var check = as("beheerder", () -> accessLog.verify());
        assertThat(check.isIntact()).as(check.toString()).isTrue();
        assertThat(check.entriesChecked()).isGreaterThanOrEqualTo(5_000);
    }

    /**
     * The tests share one database: the region goes again (children first), so that no later test meets its teams.
     * Its access-log entries stay, as every entry does (the log refuses DELETE); they chain, and name ids that are
     * not reused.
     */
    @AfterAll
    static void removeTheRegion(@Autowired JdbcTemplate jdbc) {
        String teams = "(SELECT id FROM team WHERE area = '" + TINY.marker() + "')";
        String clients = "(SELECT id FROM client WHERE team_id IN " + teams + ")";
        for (String delete : List.of("task WHERE team_id IN " + teams,
                "waiting_list_event WHERE entry_id IN (SELECT id FROM waiting_list_entry WHERE team_id IN " + teams
                        + ")", "waiting_list_entry WHERE team_id IN " + teams,
                "agreement WHERE team_id IN " + teams, "need WHERE client_id IN " + clients,
                "plan_revision WHERE plan_id IN (SELECT id FROM plan WHERE client_id IN " + clients + ")",
                "plan WHERE client_id IN " + clients, "network_member WHERE client_id IN " + clients,
                "client WHERE team_id IN " + teams,
                "volunteer_service WHERE volunteer_id IN (SELECT id FROM volunteer WHERE team_id IN " + teams + ")",
                "volunteer WHERE team_id IN " + teams, "manager_team WHERE team_id IN " + teams,
                "app_user WHERE team_id IN " + teams, "team WHERE area = '" + TINY.marker() + "'")) {
            jdbc.update("DELETE FROM " + delete);
        }
        report = null;
    }

    private long regionCount(String tableAlias) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAlias + " JOIN team t ON t.id = c.team_id"
                + " WHERE t.area = ?", Long.class, TINY.marker());
    }
}
