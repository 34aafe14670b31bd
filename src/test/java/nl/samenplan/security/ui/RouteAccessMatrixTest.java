package nl.samenplan.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.base.ui.AccessDeniedView;
import nl.samenplan.base.ui.ErrorView;
import nl.samenplan.base.ui.NotFoundView;
import nl.samenplan.task.NewTask;
import nl.samenplan.task.TaskService;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.OtherTeam;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Access control cell by cell: every role (and a visitor who has not logged in) × every route of the application ×
 * for a route with an id, a record of the own team, one of another team and an id that does not exist. Each cell is
 * opened twice, by the route's class with its parameters (navigation) and by the address typed as text (the direct
 * URL), and must show what {@link RouteTable} says. Another team's record looks exactly like one that does not
 * exist ("Pagina niet gevonden"): nothing tells that it is there. A role that may not open the route gets
 * "Geen toegang" whatever the id, before any record is looked up.
 */
class RouteAccessMatrixTest extends KaribuTest {

    private static final long MISSING_ID = 987_654_321L;
    private static final String INZAGE = "clienten/:clientId/inzage";

    enum Kind { NO_ID, OWN_TEAM, OTHER_TEAM, MISSING }

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TaskService tasks;

    private long ownClient;
    private long ownTeamTask;
    private final Map<String, Long> ownTaskOf = new HashMap<>();
    private OtherTeam.Records other;

    @BeforeEach
    void theRecordsOfBothTeams() {
        other = OtherTeam.records(context);
        // a file of the village team whose plan (with a first version and a task) the leefcoach owns
        ownClient = jdbc.queryForObject("select c.id from client c join team t on t.id = c.team_id "
                + "join plan p on p.client_id = c.id join app_user u on u.id = p.owner_id "
                + "join plan_revision r on r.plan_id = p.id and r.revision_no = 1 where t.name = 'Dorpsteam Heideveen' "
                + "and u.username = 'leefcoach' and c.status <> 'AFGESLOTEN' "
                + "and exists (select 1 from task k where k.client_id = c.id) order by c.id limit 1", Long.class);
        ownTeamTask = jdbc.queryForObject("select min(id) from task where client_id = ?", Long.class, ownClient);
        for (String role : RouteTable.ROLES) {
            ownTaskOf.put(role, ownTeamTask);
        }
        // the coordinator and a volunteer see only their own open tasks: theirs is their own team's task
        ownTaskOf.put("coordinator", ownOpenTask("coordinator"));
        ownTaskOf.put("vrijwilliger", ownOpenTask("vrijwilliger"));
    }

    private long ownOpenTask(String username) {
        String sql = "select min(k.id) from task k join app_user u on u.id = k.assignee_id join client c "
                + "on c.id = k.client_id where u.username = ? and k.status in ('OPEN', 'BEZIG') "
                + "and c.status <> 'AFGESLOTEN'";
        Long id = jdbc.queryForObject(sql, Long.class, username);
        if (id == null) {
            long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
            id = as("leefcoach", () -> tasks.create(new NewTask(ownClient, "Even langsgaan", userId,
                    java.time.LocalDate.now(clock).plusDays(1), null)));
        }
        return id;
    }

    @Test
    void the_table_names_every_route_of_the_application_and_no_other() {
        assertThat(discoveredRoutes().keySet()).containsExactlyInAnyOrderElementsOf(RouteTable.ROUTES.keySet());
    }

    @Test
    void every_role_and_a_visitor_see_at_every_route_and_for_every_record_what_the_table_says() {
        Map<String, Class<? extends Component>> routes = discoveredRoutes();
        SoftAssertions cells = new SoftAssertions();
        int asserted = 0;
        int recordCells = 0;
        List<String> users = new ArrayList<>(RouteTable.ROLES);
        users.add(null); // a visitor who has not logged in
        for (String user : users) {
            if (user == null) {
                openAnonymously();
            } else {
                login(user);
            }
            for (Map.Entry<String, Class<? extends Component>> route : routes.entrySet()) {
                String template = route.getKey();
                for (Kind kind : kindsOf(template)) {
                    recordCells++;
                    String expected = expected(user, template, kind);
                    Map<String, String> parameters = parameters(user, template, kind);
                    navigate(location(template, parameters));
                    String typed = outcome();
                    cells.assertThat(typed).as("%s typing %s (%s)", who(user), template, kind).isEqualTo(expected);
                    asserted++;
                    if (isRouteItself(route.getValue(), template)) {
                        UI.getCurrent().navigate(route.getValue(), new RouteParameters(parameters));
                        cells.assertThat(outcome()).as("%s navigating to %s (%s)", who(user), template, kind)
                                .isEqualTo(expected);
                        asserted++;
                    }
                }
            }
            MockVaadin.tearDown();
        }
        System.out.printf("Route matrix: %d users (8 roles and anonymous) x %d routes, %d of them with an id x 3 "
                        + "record kinds = %d cells; %d assertions (by navigation and by typed URL)%n", users.size(),
                routes.size(), routes.keySet().stream().filter(t -> t.contains(":")).count(), recordCells, asserted);
        cells.assertAll();
    }

    @Test
    void another_teams_record_shows_exactly_the_page_of_a_record_that_does_not_exist() {
        login("leefcoach");
        for (String template : RouteTable.ROUTES.keySet()) {
            if (!template.contains(":")) {
                continue;
            }
            navigate(location(template, parameters("leefcoach", template, Kind.OTHER_TEAM)));
            String otherTeam = screen();
            navigate(location(template, parameters("leefcoach", template, Kind.MISSING)));
            String missing = screen();

            assertThat(otherTeam).as(template).isEqualTo(missing).contains("Pagina niet gevonden");
        }
    }

    @Test
    void a_visitor_who_types_the_address_of_a_client_file_is_sent_to_the_log_in_page_before_any_page_loads()
            throws Exception {
        for (String path : List.of("/clienten/" + ownClient + "/plan", "/clienten/" + other.client() + "/netwerk",
                "/taak/" + ownTeamTask, "/clienten/" + MISSING_ID)) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        }
    }

    /** The page's title and text, as the user reads them. */
    private static String screen() {
        return UI.getCurrent().getInternals().getTitle() + " | " + currentView().getElement().getTextRecursively();
    }

    private String expected(String user, String template, Kind kind) {
        if (user == null) {
            return "Log-in";
        }
        RouteTable.Expected route = RouteTable.ROUTES.get(template);
        if (!route.roles().contains(user)) {
            return "Geen toegang";
        }
        if (template.isEmpty() || template.equals("login")) {
            return RouteTable.LANDING.get(user).getSimpleName();
        }
        boolean privacyOfficerReport = template.equals(INZAGE) && user.equals("privacy");
        return switch (kind) {
            case NO_ID -> route.page().getSimpleName();
            case MISSING -> "Niet gevonden";
            case OTHER_TEAM -> privacyOfficerReport ? route.page().getSimpleName() : "Niet gevonden";
            // the report lets only the plan owner (the leefcoach) and the privacy officer through; a colleague of
            // the same team is told so, in Dutch
            case OWN_TEAM -> template.equals(INZAGE) && !user.equals("leefcoach") && !privacyOfficerReport
                    ? "Melding: Alleen de eigenaar van het plan en de privacyfunctionaris kunnen dit rapport maken."
                    : route.page().getSimpleName();
        };
    }

    /** What the screen shows, in the words of the table. */
    private static String outcome() {
        Component view = currentView();
        if (view instanceof AccessDeniedView) {
            assertThat(view.getElement().getTextRecursively()).contains("Geen toegang");
            return "Geen toegang";
        }
        if (view instanceof NotFoundView) {
            return "Niet gevonden";
        }
        if (view instanceof LoginView) {
            return "Log-in";
        }
        if (view instanceof ErrorView) {
            return "Melding: " + com.github.mvysny.kaributesting.v10.LocatorJ._get(
                    com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("error-view-text")).getText();
        }
        return org.springframework.util.ClassUtils.getUserClass(view).getSimpleName();
    }

    private static List<Kind> kindsOf(String template) {
        return template.contains(":") ? List.of(Kind.OWN_TEAM, Kind.OTHER_TEAM, Kind.MISSING) : List.of(Kind.NO_ID);
    }

    private Map<String, String> parameters(String user, String template, Kind kind) {
        Map<String, String> parameters = new HashMap<>();
        if (template.contains(":clientId")) {
            parameters.put("clientId", String.valueOf(switch (kind) {
                case OWN_TEAM -> ownClient;
                case OTHER_TEAM -> other.client();
                default -> MISSING_ID;
            }));
        }
        if (template.contains(":revision")) {
            parameters.put("revision", "1");
        }
        if (template.contains(":taskId")) {
            parameters.put("taskId", String.valueOf(switch (kind) {
                case OWN_TEAM -> user == null ? ownTeamTask : ownTaskOf.get(user);
                case OTHER_TEAM -> other.task();
                default -> MISSING_ID;
            }));
        }
        return parameters;
    }

    private static String location(String template, Map<String, String> parameters) {
        String location = template;
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            location = location.replace(":" + p.getKey(), p.getValue());
        }
        return location;
    }

    private static boolean isRouteItself(Class<? extends Component> view, String template) {
        Route route = view.getAnnotation(Route.class);
        return route != null && route.value().equals(template);
    }

    private static String who(String user) {
        return user == null ? "a visitor" : user;
    }

    /** Every route template of the application (routes and aliases) with its view, as the router knows them. */
    private static Map<String, Class<? extends Component>> discoveredRoutes() {
        Map<String, Class<? extends Component>> found = new java.util.TreeMap<>();
        Set<Class<? extends Component>> views = new HashSet<>(new Routes().autoDiscoverViews("nl.samenplan")
                .getRoutes());
        for (Class<? extends Component> view : views) {
            Route route = view.getAnnotation(Route.class);
            if (route != null) {
                found.put(route.value(), view);
            }
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                found.put(alias.value(), view);
            }
        }
        return found;
    }
}
