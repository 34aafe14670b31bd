package nl.samenplan.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Map;
import nl.samenplan.audit.RoleGrantService;
import nl.samenplan.base.ui.AccessDeniedView;
import nl.samenplan.security.Role;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.security.UserAdminService.NewUser;
import nl.samenplan.security.UserAdminService.UserRow;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The beheerder gives no one access to client files unseen: a new user with such a role, a role changed to one, a move
 * to another team is an access log entry, listed for the privacy officer on Toegang verleend (itself logged).
 */
class RoleGrantsViewTest extends KaribuTest {

    @Autowired
    private UserAdminService users;
    @Autowired
    private RoleGrantService grants;
    @Autowired
    private JdbcTemplate jdbc;

    private long teamId() {
        return jdbc.queryForObject("select team_id from app_user where username = 'leefcoach'", Long.class);
    }

    private List<Map<String, Object>> grantsTo(String username) {
        return jdbc.queryForList("select username, detail, outcome from access_log_entry where event_type ="
                + " 'ROLE_GRANTED' and detail like ? order by id", "%;username=" + username + ";%");
    }

    @Test
    void granting_a_role_with_client_access_is_logged_and_listed_newest_first_for_the_privacy_officer() {
        String name = "toegang" + System.nanoTime();
        login("beheerder");
        UserRow created = users.createUser(new NewUser(name, "Nieuwe Collega", Role.VRIJWILLIGER, teamId(), null))
                .user();
        assertThat(grantsTo(name)).as("a volunteer reads no client file").isEmpty();

        UserRow leefcoach = users.changeUser(created.id(), created.version(), created.displayName(), Role.LEEFCOACH,
                teamId(), null);
        users.changeUser(leefcoach.id(), leefcoach.version(), "Nieuwe Collega B", Role.LEEFCOACH, teamId(), null);

        List<Map<String, Object>> logged = grantsTo(name);
        assertThat(logged).as("the role change is logged; a new display name grants nothing").hasSize(1);
        assertThat(logged.get(0).get("username")).isEqualTo("beheerder");
        assertThat((String) logged.get(0).get("detail")).contains("userId=" + created.id(), "role=LEEFCOACH",
                "teamId=" + teamId(), "team=Dorpsteam Heideveen");

        login("privacy");
        long viewedBefore = viewed();
        navigate("privacy/toegang");
        assertThat(currentView()).isInstanceOf(RoleGrantsView.class);
        @SuppressWarnings("unchecked")
        Grid<RoleGrantService.Grant> grid = _get(Grid.class, spec -> spec.withId("role-grants"));
        assertThat(GridKt._getFormatted(grid, 0, "to")).isEqualTo(name + " (#" + created.id() + ")");
        assertThat(GridKt._getFormatted(grid, 0, "by")).isEqualTo("beheerder");
        assertThat(GridKt._getFormatted(grid, 0, "role")).isEqualTo("Leefcoach");
        assertThat(GridKt._getFormatted(grid, 0, "team")).isEqualTo("Dorpsteam Heideveen");
        assertThat(viewed()).as("reading the list is logged").isGreaterThan(viewedBefore);
    }

    @Test
    void creating_a_user_with_client_access_and_moving_them_to_another_team_are_both_logged() {
        String name = "verhuisd" + System.nanoTime();
        long other = jdbc.queryForObject("select team_id from app_user where username = 'leefcoach.zuiderpark'",
                Long.class);
        login("beheerder");
        UserRow created = users.createUser(new NewUser(name, "Verhuisde Collega", Role.WIJKVERPLEEGKUNDIGE, teamId(),
                null)).user();
        users.changeUser(created.id(), created.version(), created.displayName(), Role.WIJKVERPLEEGKUNDIGE, other, null);

        assertThat(grantsTo(name)).extracting(r -> (String) r.get("detail"))
                .satisfiesExactly(first -> assertThat(first).contains("teamId=" + teamId()),
                        moved -> assertThat(moved).contains("teamId=" + other));
    }

    @Test
    void only_the_privacy_officer_reads_the_list_by_service_and_by_url() {
        for (String user : List.of("beheerder", "leefcoach", "manager")) {
            login(user);
            assertThatThrownBy(() -> grants.grants(PageRequest.of(0, 10))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            navigate("privacy/toegang");
            assertThat(currentView()).as(user).isInstanceOf(AccessDeniedView.class);
        }
    }

    private long viewed() {
        return jdbc.queryForObject("select count(*) from access_log_entry where event_type = 'ACCESS_LOG_VIEWED'"
                + " and username = 'privacy'", Long.class);
    }
}
