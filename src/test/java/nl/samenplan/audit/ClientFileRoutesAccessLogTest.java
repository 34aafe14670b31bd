package nl.samenplan.audit;

import nl.samenplan.base.access.AccessEventType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenplan.base.ui.AccessDeniedView;
import nl.samenplan.base.ui.NotFoundView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import nl.samenplan.plan.PlanService;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * NEN 7513 by walking the screens: every route of a client file, opened as each role, leaves an entry in the access
 * log that names the client and the person; a role that may not open it leaves a refused one; so does a colleague of
 * another team.
 */
class ClientFileRoutesAccessLogTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlanService plans;

    @Autowired
    private nl.samenplan.task.TaskService tasks;

    private long clientId;
    private long taskId;

    @BeforeEach
    void aClientOfTheDemoTeamWithAPlanVersionAndATask() {
        clientId = jdbc.queryForObject("select c.id from client c join team t on t.id = c.team_id "
                + "join plan p on p.client_id = c.id join plan_revision r on r.plan_id = p.id and r.revision_no = 1 "
                + "where t.name = ? and exists (select 1 from task k where k.client_id = c.id) order by c.id limit 1",
                Long.class, "Dorpsteam Heideveen");
        taskId = jdbc.queryForObject("select min(id) from task where client_id = ?", Long.class, clientId);
    }

    /** Each route of the file and the kind of access it is. */
    private Map<String, AccessEventType> routes() {
        Map<String, AccessEventType> routes = new LinkedHashMap<>();
        String file = "clienten/" + clientId;
        routes.put(file, AccessEventType.CLIENT_FILE_OPENED);
        routes.put(file + "/overzicht", AccessEventType.CLIENT_FILE_OPENED);
        routes.put(file + "/gegevens", AccessEventType.CLIENT_FILE_OPENED);
        routes.put(file + "/netwerk", AccessEventType.NETWORK_VIEWED);
        routes.put(file + "/plan", AccessEventType.PLAN_VIEWED);
        routes.put(file + "/plan/versie/1", AccessEventType.PLAN_VERSION_VIEWED);
        routes.put(file + "/hulpvragen", AccessEventType.NEEDS_VIEWED);
        routes.put(file + "/taken", AccessEventType.TASKS_VIEWED);
        routes.put(file + "/mdo", AccessEventType.MDO_VIEWED);
        routes.put(file + "/geschiedenis", AccessEventType.CLIENT_HISTORY_VIEWED);
        routes.put("taak/" + taskId, AccessEventType.TASKS_VIEWED);
        return routes;
    }

    @Test
    void every_route_of_a_client_file_opened_by_each_role_that_works_with_files_is_an_entry_naming_client_and_person() {
        for (String username : List.of("leefcoach", "dorpsregisseur", "wijkverpleegkundige")) {
            login(username);
            for (Map.Entry<String, AccessEventType> route : routes().entrySet()) {
                long before = newestId();
                aRequestOfItsOwn();
                navigate(route.getKey());
                MockVaadin.clientRoundtrip(); // the lazy lists fetch their first page for the browser

                assertThat(entriesAfter(before, username)).as("%s opening %s", username, route.getKey())
                        .contains(username + " " + route.getValue() + " ALLOWED client " + clientId);
            }
            MockVaadin.tearDown();
        }
    }

    @Test
    void a_role_that_may_not_open_a_client_file_is_refused_at_every_route_and_each_refusal_is_an_entry() {
        for (String username : List.of("coordinator", "vrijwilliger", "manager", "beheerder", "privacy")) {
            login(username);
            for (String route : routes().keySet()) {
                if (route.startsWith("taak/")) {
                    continue; // a volunteer may open their own task: the task rules have their own tests
                }
                long before = newestId();
                aRequestOfItsOwn();
                navigate(route);

                assertThat(currentView()).as("%s opening %s", username, route).isInstanceOf(AccessDeniedView.class);
                assertThat(entriesAfter(before, username)).as("%s opening %s", username, route)
                        .contains(username + " PAGE_REFUSED REFUSED client " + clientId);
            }
            MockVaadin.tearDown();
        }
    }

    @Test
    void a_colleague_of_another_team_finds_no_such_file_and_the_attempt_is_a_refused_entry() {
        login("leefcoach.zuiderpark");
        long before = newestId();
        navigate("clienten/" + clientId + "/plan");

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(entriesAfter(before, "leefcoach.zuiderpark"))
                .contains("leefcoach.zuiderpark CLIENT_FILE_OPENED REFUSED client " + clientId);
    }

    @Test
    void printing_the_plan_is_an_export_entry() {
        long before = newestId();
        as("leefcoach", () -> plans.printed(clientId));

        assertThat(entriesAfter(before, "leefcoach")).containsExactly("leefcoach PLAN_EXPORTED ALLOWED client " + clientId);
    }

    /**
     * In the browser each navigation is a request of its own; the test's mock request lasts the whole test, and the
     * access log logs the same access once per request.
     */
    private static void aRequestOfItsOwn() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    void ticking_off_a_naastes_task_for_them_is_a_change_on_their_behalf() {
        Map<String, Object> task = jdbc.queryForMap("select k.id, k.version, k.client_id, k.performer_name from task k "
                + "join team t on t.id = k.team_id where t.name = 'Dorpsteam Heideveen' and k.performer_name is not null "
                + "and k.status = 'OPEN' order by k.id limit 1");
        long before = newestId();
        as("leefcoach", () -> tasks.changeStatus((Long) task.get("id"), (Long) task.get("version"),
                nl.samenplan.task.TaskStatus.GEDAAN, null, null));

        assertThat(jdbc.queryForList("select concat(event_type, ' client ', client_id, ' for ', on_behalf_of) from "
                + "access_log_entry where id > ? and username = 'leefcoach'", String.class, before))
                .contains("CLIENT_FILE_CHANGED client " + task.get("client_id") + " for naaste "
                        + task.get("performer_name"));
    }

    private long newestId() {
        Long id = jdbc.queryForObject("select max(id) from access_log_entry", Long.class);
        return id == null ? 0 : id;
    }

    private List<String> entriesAfter(long id, String username) {
        return jdbc.queryForList("select concat(username, ' ', event_type, ' ', outcome, ' client ', "
                + "coalesce(client_id, '-')) from access_log_entry where id > ? and username = ? order by id",
                String.class, id, username);
    }
}
