package nl.samenplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanApprovals;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding 8: approvals that flow, from the proposer's save to the leefcoach's next card. */
class ApprovalFlowTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private PlanApprovals approvals;
    @Autowired
    private CatalogService catalog;

    @Test
    void the_proposer_hears_on_saving_that_the_care_waits_for_the_plan_owner() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Wacht");
        int started = editing.save(clientId, 0, plan(List.of())).plan().revisionNo();

        PlanEditing.Saved saved = as("wijkverpleegkundige",
                () -> editing.save(clientId, started, plan(List.of(household()))));

        assertThat(saved.awaitingApproval()).containsExactly("Huishoudelijke hulp");
        assertThat(saved.plan().ownerName()).isEqualTo("Sanne Mulder");
        PlanEditing.Saved again = as("wijkverpleegkundige", () -> editing.save(clientId, saved.plan().revisionNo(),
                saved.plan().content()));
        assertThat(again.awaitingApproval()).as("said once, not at every save").isEmpty();
    }

    @Test
    void the_menu_counts_what_waits_the_card_says_how_much_care_and_after_deciding_the_next_card_is_there() {
        login("leefcoach");
        int before = approvals.waitingCount();
        long first = Fixtures.newClient(clients, "Eerste");
        long second = Fixtures.newClient(clients, "Tweede");
        as("wijkverpleegkundige", () -> {
            editing.save(first, 0, plan(List.of(household())));
            editing.save(second, 0, plan(List.of(household())));
        });
        navigate("goedkeuren");
        assertThat(_get(Span.class, spec -> spec.withId("menu-badge-goedkeuren")).getText())
                .isEqualTo(String.valueOf(before + 2));
        long firstId = waitingOf(first);
        long secondId = waitingOf(second);
        assertThat(_get(Paragraph.class, spec -> spec.withId("approval-asked-" + firstId)).getText())
                .isEqualTo("Gevraagd: 2 keer per week, vanaf 07-12-2026 · Thuiszorg Noord · Wmo");

        _click(_get(Button.class, spec -> spec.withId("approve-" + firstId)));

        assertThat(currentView()).as("she stays in the inbox").isInstanceOf(ApprovalInboxView.class);
        assertThat(_find(Div.class, spec -> spec.withId("approval-" + firstId))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("approval-" + secondId))).as("the next card").hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withId("menu-badge-goedkeuren")).getText())
                .isEqualTo(String.valueOf(before + 1));
    }

    @Test
    void opened_from_the_clients_plan_the_inbox_shows_that_client_and_brings_her_back_to_the_plan() {
        login("leefcoach");
        long other = Fixtures.newClient(clients, "Ander");
        long clientId = Fixtures.newClient(clients, "Vanuit");
        as("wijkverpleegkundige", () -> {
            editing.save(other, 0, plan(List.of(household())));
            editing.save(clientId, 0, plan(List.of(household())));
        });
        navigate("clienten/" + clientId + "/plan");
        var link = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("plan-approvals-waiting"));
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getHref()).isEqualTo("goedkeuren?client=" + clientId);
        com.vaadin.flow.component.UI.getCurrent().navigate("goedkeuren",
                com.vaadin.flow.router.QueryParameters.of("client", String.valueOf(clientId)));

        assertThat(_find(Div.class, spec -> spec.withId("approval-" + waitingOf(other)))).as("only this client")
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("approve-" + waitingOf(clientId))));

        assertThat(currentView()).as("back on the plan, not a search").isInstanceOf(PlanPage.class);
    }

    private long waitingOf(long clientId) {
        return approvals.pendingApprovals().stream().filter(p -> p.clientId() == clientId).findFirst().orElseThrow()
                .agreementId();
    }

    private AgreementItem household() {
        long categoryId = catalog.needCategories().stream().filter(c -> c.name().equals("Huishouden")).findFirst()
                .orElseThrow().id();
        return new AgreementItem(null, "Huishoudelijke hulp", categoryId, SupportRung.PROFESSIONELE_ZORG, null,
                "Thuiszorg Noord", "Thuiszorg Noord", "2 keer per week", LocalDate.of(2026, 12, 7), null,
                FundingDomain.WMO, null).withEscalationReason("Geen vrijwilliger in het dorp.");
    }

    private static PlanContent plan(List<AgreementItem> agreements) {
        return new PlanContent(null, null, null, null, null, agreements, null, null, null);
    }
}
