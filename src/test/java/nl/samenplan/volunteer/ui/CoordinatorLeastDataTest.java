package nl.samenplan.volunteer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Map;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.ui.AccessDeniedView;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.plan.PlanService;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.workflow.MdoService;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.VolunteerRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Least data for the vrijwilligerscoördinator: what matching needs (name, village, the need, when), never the client
 * file, by service call and by address; matching itself still works.
 */
class CoordinatorLeastDataTest extends KaribuTest {

    @Autowired
    private nl.samenplan.client.ConsentService consents;
    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private nl.samenplan.plan.PlanEditing editing;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private NeedService needs;
    @Autowired
    private NetworkService network;
    @Autowired
    private MdoService mdos;
    @Autowired
    private WaitingListService waitingList;
    @Autowired
    private BurdenCheckInService checkIns;
    @Autowired
    private AuditLog history;

    private long clientId;
    private long needId;

    @BeforeEach
    void a_client_asking_for_a_volunteer() {
        login("leefcoach");
        long[] ids = new VolunteerScenario(VolunteerScenario.newVillage(), clients, plans, editing, catalog, needs, consents)
                .clientWithNeed("Administratie", "Post en rekeningen doornemen", "dinsdag");
        clientId = ids[0];
        needId = ids[1];
    }

    @Test
    void the_coordinator_is_refused_every_client_file_service() {
        login("coordinator");
        Map<String, ThrowingCallable> reads = Map.ofEntries(
                Map.entry("ClientService.get", () -> clients.get(clientId)),
                Map.entry("ClientService.findClients", () -> clients.findClients("", PageRequest.of(0, 10))),
                Map.entry("PlanService.plan", () -> plans.plan(clientId)),
                Map.entry("PlanService.page", () -> plans.page(clientId)),
                Map.entry("PlanService.revisions", () -> plans.revisions(clientId, PageRequest.of(0, 10))),
                Map.entry("PlanService.revision", () -> plans.revision(clientId, 1)),
                Map.entry("NetworkService.members", () -> network.members(clientId)),
                Map.entry("MdoService.mdos", () -> mdos.mdos(clientId)),
                Map.entry("WaitingListService.ofClient", () -> waitingList.ofClient(clientId)),
                Map.entry("BurdenCheckInService.caregivers", () -> checkIns.caregivers(clientId)),
                Map.entry("AuditLog.history", () -> history.history(clientId, PageRequest.of(0, 10))),
                Map.entry("NeedService.needs", () -> needs.needs(clientId)));
        reads.forEach((what, call) -> assertThatThrownBy(call).as(what).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void the_coordinator_is_refused_every_client_file_route_by_url() {
        login("coordinator");
        for (String route : List.of("clienten", "clienten/nieuw", "wachtlijst", "clienten/" + clientId + "/overzicht",
                "clienten/" + clientId + "/gegevens", "clienten/" + clientId + "/netwerk",
                "clienten/" + clientId + "/plan", "clienten/" + clientId + "/plan/versie/1",
                "clienten/" + clientId + "/hulpvragen", "clienten/" + clientId + "/taken",
                "clienten/" + clientId + "/mdo", "clienten/" + clientId + "/geschiedenis")) {
            navigate(route);
            assertThat(currentView()).as(route).isInstanceOf(AccessDeniedView.class);
        }
        navigate("vrijwilligers/aanvragen");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Cliënten");
    }

    @Test
    void the_coordinator_sees_only_what_matching_needs_and_no_link_to_the_file() {
        login("coordinator");
        VolunteerRequest request = needs.volunteerRequests().stream().filter(r -> r.needId() == needId).findFirst()
                .orElseThrow();
        assertThat(request.what()).isEqualTo("Post en rekeningen doornemen");
        assertThat(request.frequency()).isEqualTo("dinsdag");
        assertThat(request.categoryName()).isEqualTo("Administratie");
        assertThat(request.clientName()).isNotBlank();
        assertThat(request.village()).isNotBlank();
        assertThat(request.createdAt()).isNotNull();
        assertThat(VolunteerRequest.class.getRecordComponents()).extracting(c -> c.getName())
                .as("no client id, plan, network, burden or history in the read model")
                .containsExactly("needId", "clientName", "village", "categoryName", "what", "frequency", "startDate",
                        "createdAt", "volunteerConsent", "volunteers", "passedOver");

        assertThat(currentView()).isInstanceOf(VolunteerRequestsView.class);
        Div card = _get(Div.class, spec -> spec.withId("request-" + needId));
        assertThat(_find(card, Anchor.class)).as("no link into the client file").isEmpty();
        assertThat(card.getElement().getTextRecursively()).contains("Post en rekeningen doornemen");
    }
}
