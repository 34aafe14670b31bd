package nl.samenplan.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.select.Select;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.dashboard.DashboardService;
import nl.samenplan.dashboard.DashboardService.Filter;
import nl.samenplan.dashboard.DashboardService.TeamOption;
import nl.samenplan.dashboard.Period;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.security.UserAdminService.UserRow;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The manager sees the dashboard of the teams the beheerder lets them follow, and no other team: not by choosing it,
 * not by a parameter to the service, not by the address.
 */
class ManagerTeamsTest extends KaribuTest {

    private static final Period MONTH = Period.containing(Period.Kind.MONTH, java.time.LocalDate.of(2023, 5, 1));

    @Autowired
    private DashboardService dashboard;
    @Autowired
    private UserAdminService users;
    @Autowired
    private JdbcTemplate jdbc;

    private long ownTeam;
    private long otherTeam;

    @BeforeEach
    void two_teams() {
        ownTeam = jdbc.queryForObject("select team_id from app_user where username = 'manager'", Long.class);
        otherTeam = jdbc.queryForObject("insert into team (version, name, area) values (0, ?, 'Elders') returning id",
                Long.class, "Ander team " + System.nanoTime());
    }

    @Test
    void the_manager_sees_only_the_teams_they_follow_and_is_refused_another_by_parameter() {
        login("manager");
        assertThat(dashboard.teams()).extracting(TeamOption::id).contains(ownTeam).doesNotContain(otherTeam);
        assertThat(dashboard.defaultFilter().teamId()).isEqualTo(ownTeam);

        for (Runnable call : new Runnable[] {() -> dashboard.figures(new Filter(otherTeam, null, MONTH, MONTH)),
                () -> dashboard.export(new Filter(otherTeam, null, MONTH, MONTH)),
                () -> dashboard.villages(otherTeam)}) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessRuleException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.dashboard.teamNotFollowed"));
        }
        assertThat(dashboard.figures(new Filter(null, null, MONTH, MONTH)).filter().teamId())
                .as("no team asked: all the followed teams, nothing else").isNull();
    }

    @Test
    void the_dashboard_page_offers_only_the_followed_teams_whatever_the_address_says() {
        login("manager");
        com.vaadin.flow.component.UI.getCurrent().navigate("dashboard", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("team", String.valueOf(otherTeam), "teamId", String.valueOf(otherTeam))));
        assertThat(currentView()).isInstanceOf(DashboardView.class);
        @SuppressWarnings("unchecked")
        Select<Long> team = _get(Select.class, spec -> spec.withId("dashboard-team"));
        assertThat(team.getListDataView().getItems()).doesNotContain(otherTeam);
        assertThat(team.getValue()).isEqualTo(ownTeam);
    }

    @Test
    void the_beheerder_assigns_the_teams_a_manager_follows() {
        login("beheerder");
        UserRow manager = users.findUsers("manager", org.springframework.data.domain.PageRequest.of(0, 5)).stream()
                .filter(u -> u.username().equals("manager")).findFirst().orElseThrow();
        assertThat(manager.followedTeamIds()).containsExactly(ownTeam);
        UserRow changed = users.changeUser(manager.id(), manager.version(), manager.displayName(), manager.role(),
                manager.teamId(), manager.organisationId(), Set.of(ownTeam, otherTeam));
        try {
            login("manager");
            assertThat(dashboard.teams()).extracting(TeamOption::id).contains(ownTeam, otherTeam);
            assertThat(dashboard.figures(new Filter(otherTeam, null, MONTH, MONTH))).isNotNull();
        } finally {
            login("beheerder");
            users.changeUser(changed.id(), changed.version(), changed.displayName(), changed.role(), changed.teamId(),
                    changed.organisationId(), Set.of(ownTeam));
        }
        login("manager");
        assertThat(dashboard.teams()).extracting(TeamOption::id).doesNotContain(otherTeam);
    }
}
