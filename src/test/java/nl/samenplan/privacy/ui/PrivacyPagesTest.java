package nl.samenplan.privacy.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenplan.base.ui.AccessDeniedView;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientService.FoundClient;
import nl.samenplan.client.NetworkService;
import nl.samenplan.plan.PlanService;
import nl.samenplan.privacy.ReportLine;
import nl.samenplan.task.TaskService;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.workflow.NeedService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The privacy officer's pages, the plan owner's link on the Overzicht, and the client files the officer never opens. */
class PrivacyPagesTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private BurdenCheckInService checkIns;
    @Autowired
    private PlanService plans;
    @Autowired
    private NeedService needs;
    @Autowired
    private TaskService tasks;
    @Autowired
    private WaitingListService waitingList;

    @Test
    @SuppressWarnings("unchecked")
    void the_privacy_officer_finds_a_client_in_any_team_and_opens_the_access_report() {
        login("privacy");
        navigate("privacy");
        assertThat(_get(H2.class).getText()).isEqualTo("Privacy: inzage in dossiers");

        Grid<FoundClient> grid = _get(Grid.class, spec -> spec.withId("privacy-client-grid"));
        _setValue(_get(TextField.class, spec -> spec.withId("privacy-client-search")), "Hoekstra");
        assertThat(names(grid)).contains("Aaltje Hoekstra");
        FoundClient aaltje = _get(grid, 0);
        assertThat(aaltje.teamName()).isEqualTo("Dorpsteam Heideveen");
        Map<String, Object> logged = newest();
        assertThat(logged.get("event_type")).isEqualTo("CLIENT_LIST_VIEWED");
        assertThat(logged.get("username")).isEqualTo("privacy");
        _setValue(_get(TextField.class, spec -> spec.withId("privacy-client-search")), "Bouzid");
        assertThat(names(grid)).as("another team's client too").contains("Ahmed Bouzid");

        navigate("clienten/" + aaltje.id() + "/inzage");
        assertThat(_get(H2.class, spec -> spec.withId("report-title")).getText())
                .isEqualTo("Wie heeft het dossier van Aaltje Hoekstra ingezien?");
        Grid<ReportLine> report = _get(Grid.class, spec -> spec.withId("report-grid"));
        assertThat(_size(report)).isGreaterThan(0);
        assertThat(_find(Anchor.class, spec -> spec.withId("report-pdf"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("export-json"))).hasSize(1);
        assertThat(newest().get("event_type")).isEqualTo("ACCESS_LOG_VIEWED");
        assertThat(newest().get("client_id")).isEqualTo(aaltje.id());

        navigate("privacy/controle");
        _click(_get(Button.class, spec -> spec.withId("chain-check-run")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("chain-check-result")).getText())
                .startsWith("Het logboek is in orde");
    }

    @Test
    void the_privacy_officer_cannot_open_or_change_a_client_file_by_service_or_by_url() {
        long clientId = jdbc.queryForObject("select id from client where last_name = 'Hoekstra' limit 1", Long.class);
        login("privacy");
        assertThatThrownBy(() -> clients.get(clientId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.findClients("", Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> network.members(clientId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.caregivers(clientId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.plan(clientId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.revisions(clientId, Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> needs.needs(clientId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.clientTasks(clientId, Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> waitingList.ofClient(clientId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.update(clientId, 0, null)).isInstanceOf(AccessDeniedException.class);

        for (String tab : List.of("overzicht", "netwerk", "plan", "hulpvragen", "mdo", "taken", "geschiedenis",
                "gegevens")) {
            navigate("clienten/" + clientId + "/" + tab);
            assertThat(currentView()).as(tab).isInstanceOf(AccessDeniedView.class);
        }
        navigate("clienten");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void the_plan_owner_finds_the_report_on_the_overview_and_a_colleague_does_not() {
        long clientId = jdbc.queryForObject("""
                select p.client_id from plan p join app_user u on u.id = p.owner_id
                where u.username = 'leefcoach' order by p.client_id limit 1
                """, Long.class);
        login("leefcoach");
        navigate("clienten/" + clientId + "/overzicht");
        Anchor link = _get(Anchor.class, spec -> spec.withId("access-report-link"));
        assertThat(link.getText()).contains("Wie heeft dit dossier ingezien?");
        assertThat(link.getHref()).isEqualTo("clienten/" + clientId + "/inzage");
        navigate("clienten/" + clientId + "/inzage");
        assertThat(_find(Anchor.class, spec -> spec.withId("report-pdf"))).hasSize(1);

        login("dorpsregisseur");
        navigate("clienten/" + clientId + "/overzicht");
        assertThat(_find(Anchor.class, spec -> spec.withId("access-report-link"))).isEmpty();
        navigate("clienten/" + clientId + "/inzage");
        assertThat(_find(Anchor.class, spec -> spec.withId("report-pdf"))).as("refused").isEmpty();
        assertThat(newest().get("outcome")).isEqualTo("REFUSED");
    }

    private static List<String> names(Grid<FoundClient> grid) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            names.add(_get(grid, i).fullName());
        }
        return names;
    }

    private Map<String, Object> newest() {
        return jdbc.queryForMap("select * from access_log_entry order by id desc limit 1");
    }
}
