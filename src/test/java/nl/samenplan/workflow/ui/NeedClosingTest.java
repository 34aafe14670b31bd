package nl.samenplan.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanApprovals;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.plan.ui.PlanPage;
import nl.samenplan.security.TeamService;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.workflow.NeedData;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.NeedSource;
import nl.samenplan.workflow.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A need is met by whatever agreement answers it, on any rung: professional care agreed in the plan closes it
 * (at once when the professional may indicate it, once approved otherwise), the card says who does it, the
 * coordinator no longer looks for a volunteer, and the hand-over from the need carries its facts into the form.
 */
class NeedClosingTest extends KaribuTest {

    @Autowired
    private nl.samenplan.client.ConsentService consents;
    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private NeedService needs;
    @Autowired
    private PlanService plans;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private PlanApprovals approvals;

    @Test
    void the_nurse_takes_wound_care_from_the_need_into_the_plan_in_two_actions_and_the_need_closes_saying_who() {
        login("wijkverpleegkundige");
        long clientId = Fixtures.newClient(clients, "Wondzorgsluit");
        editing.save(clientId, 0, new PlanContent(null, null, null, null, List.of(new PlanContent.GoalItem("nieuw-1",
                catalog.lifeAreas().get(0).id(), "Mijn been geneest thuis")), List.of(), null, null, null));
        long needId = record(clientId, "Wondzorg", "Open been verzorgen", "3x per week");
        navigate("clienten/" + clientId + "/hulpvragen");

        follow(_get(Anchor.class, spec -> spec.withId("hand-over-" + needId)));

        assertThat(currentView()).isInstanceOf(PlanPage.class);
        assertThat(_get(TextField.class, spec -> spec.withId("agreement-what")).getValue())
                .isEqualTo("Open been verzorgen");
        assertThat(this.<CatalogService.Item>combo("agreement-category").getValue().name()).isEqualTo("Wondzorg");
        assertThat(_get(Select.class, spec -> spec.withId("agreement-rung")).getValue())
                .isEqualTo(SupportRung.PROFESSIONELE_ZORG);
        assertThat(_get(TextField.class, spec -> spec.withId("agreement-frequency")).getValue())
                .isEqualTo("3x per week");
        assertThat(_get(DatePicker.class, spec -> spec.withId("agreement-start")).getValue())
                .isEqualTo(LocalDate.now(clock));
        assertThat(_get(Select.class, spec -> spec.withId("agreement-goal")).getValue())
                .as("the plan's only goal").isNotNull();
        TextField provider = _get(TextField.class, spec -> spec.withId("agreement-provider"));
        assertThat(provider.getLabel()).isEqualTo("Zorgverlener");
        assertThat(provider.getValue()).as("the nurse does not type her own name").isEqualTo("Fatma Yilmaz");
        assertThat(_get(TextField.class, spec -> spec.withId("agreement-organisation")).getValue())
                .isEqualTo("Thuiszorg De Linde");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("agreement-domain")).getValue())
                .isEqualTo(FundingDomain.ZVW);
        assertThat(this.<TeamService.Colleague>combo("agreement-assignee").getValue().displayName())
                .isEqualTo("Fatma Yilmaz");

        _click(_get(Button.class, spec -> spec.withId("agreement-ok")));

        assertThat(currentView()).as("back where she came from").isInstanceOf(NeedsView.class);
        AgreementItem agreed = plans.plan(clientId).content().agreements().get(0);
        assertThat(agreed.needId()).isEqualTo(needId);
        assertThat(agreed.goalKey()).isEqualTo(plans.plan(clientId).content().goals().get(0).key());
        assertThat(agreed.approval()).as("a district nurse indicates Zvw herself")
                .isEqualTo(PlanContent.ApprovalState.GOEDGEKEURD);
        assertThat(needs.needs(clientId).get(0).metOn()).isEqualTo(SupportRung.PROFESSIONELE_ZORG);
        assertThat(cards()).contains(
                "Afgesproken: Fatma Yilmaz · Thuiszorg De Linde doet het (trede 4, Professionele zorg).");
        assertThat(_find(Anchor.class, spec -> spec.withId("hand-over-" + needId))).isEmpty();
    }

    @Test
    void care_the_proposer_may_not_indicate_waits_is_no_request_for_a_volunteer_and_closes_the_need_once_approved() {
        login("leefcoach");
        long clientId = clientInAVillageOfItsOwn();
        editing.save(clientId, 0, new PlanContent(null, "Hulp in huis", null, null, List.of(), List.of(), null,
                null, null));
        long needId = record(clientId, "Huishouden", "Huis schoonhouden", "elke week");
        login("coordinator");
        assertThat(needs.volunteerRequests()).extracting(nl.samenplan.workflow.VolunteerRequest::needId).contains(needId);

        login("wijkverpleegkundige");
        navigate("clienten/" + clientId + "/hulpvragen");
        follow(_get(Anchor.class, spec -> spec.withId("hand-over-" + needId)));
        assertThat(_get(TextArea.class, spec -> spec.withId("agreement-escalation")).getValue())
                .as("why the lower rungs are not enough, pre-filled").contains("Geen vrijwilliger voor Huishouden");
        _setValue(_get(TextField.class, spec -> spec.withId("agreement-provider")), "Hulp aan Huis");
        assertThat(_get(TextField.class, spec -> spec.withId("agreement-organisation")).getValue())
                .as("her own organisation goes with her name").isEmpty();
        assertThat(this.<TeamService.Colleague>combo("agreement-assignee").getValue()).isNull();
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("agreement-domain")), FundingDomain.WMO);
        _click(_get(Button.class, spec -> spec.withId("agreement-ok")));

        assertThat(currentView()).isInstanceOf(NeedsView.class);
        assertThat(needs.needs(clientId).get(0).metOn()).as("waiting care does not meet the need yet").isNull();
        assertThat(cards()).contains("Professionele zorg staat in het plan: Hulp aan Huis (Wmo); wacht op akkoord.")
                .doesNotContain("Voorstellen");
        login("coordinator");
        assertThat(needs.volunteerRequests()).extracting(nl.samenplan.workflow.VolunteerRequest::needId)
                .as("no volunteer asked for care that is in the plan").doesNotContain(needId);

        login("dorpsregisseur");
        long agreementId = approvals.pendingApprovals().stream().filter(p -> p.clientId() == clientId).findFirst()
                .orElseThrow().agreementId();
        approvals.decide(agreementId, true, null);

        assertThat(needs.needs(clientId).get(0).metOn()).isEqualTo(SupportRung.PROFESSIONELE_ZORG);
        navigate("clienten/" + clientId + "/hulpvragen");
        assertThat(cards()).contains("Afgesproken: Hulp aan Huis doet het (trede 4, Professionele zorg).");
    }

    @Test
    void care_agreed_straight_in_the_plan_answers_the_open_need_of_its_kind() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Rechtstreeks");
        long needId = record(clientId, "Wondzorg", "Drukplek op de hiel", "om de dag");
        navigate("clienten/" + clientId + "/plan");
        _click(_get(Button.class, spec -> spec.withId("agreement-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("agreement-what")), "Hiel verzorgen");
        ComboBox<CatalogService.Item> kind = combo("agreement-category");
        _setValue(kind, kind.getListDataView().getItems().filter(i -> i.name().equals("Wondzorg")).findFirst()
                .orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("agreement-provider")), "Thuiszorg De Linde");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("agreement-domain")), FundingDomain.ZVW);
        _click(_get(Button.class, spec -> spec.withId("agreement-ok")));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        assertThat(plans.plan(clientId).content().agreements().get(0).needId()).isEqualTo(needId);
        assertThat(needs.needs(clientId).get(0).metOn()).as("the leefcoach indicates it at once")
                .isEqualTo(SupportRung.PROFESSIONELE_ZORG);
        navigate("clienten/" + clientId + "/hulpvragen");
        assertThat(cards()).contains("Afgesproken: Thuiszorg De Linde doet het (trede 4, Professionele zorg).");
    }

    @Test
    void removing_the_professional_care_from_the_plan_opens_the_need_again() {
        login("wijkverpleegkundige");
        long clientId = Fixtures.newClient(clients, "Wondzorgweg");
        long needId = record(clientId, "Wondzorg", null, "dagelijks");
        UI.getCurrent().navigate("clienten/" + clientId + "/plan", QueryParameters.of(PlanPage.NEED, "" + needId));
        _click(_get(Button.class, spec -> spec.withId("agreement-ok")));
        assertThat(needs.needs(clientId).get(0).metOn()).isEqualTo(SupportRung.PROFESSIONELE_ZORG);

        var plan = plans.plan(clientId);
        editing.save(clientId, plan.revisionNo(), plan.content().withAgreements(List.of()));

        assertThat(needs.needs(clientId).get(0).metOn()).isNull();
        navigate("clienten/" + clientId + "/hulpvragen");
        assertThat(_find(Anchor.class, spec -> spec.withId("hand-over-" + needId))).hasSize(1);
    }

    @Test
    void an_accepted_proposal_gets_the_start_the_frequency_and_the_goal_it_belongs_to() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Doelbij");
        long shopping = category("Boodschappen");
        long neighbour = Fixtures.member(network, clientId, "Buurvrouw Ans", Relation.BUUR, false, null,
                Set.of(shopping));
        long area = catalog.lifeAreas().get(0).id();
        editing.save(clientId, 0, new PlanContent(null, null, null, null,
                List.of(new PlanContent.GoalItem("nieuw-1", area, "Weer onder de mensen komen"),
                        new PlanContent.GoalItem("nieuw-2", area, "Zelf mijn boodschappen blijven kiezen")),
                List.of(), null, null, null));
        long needId = record(clientId, "Boodschappen", null, "zaterdag");
        navigate("clienten/" + clientId + "/hulpvragen");

        _click(_get(Button.class, spec -> spec.withId("accept-" + needId + "-1-" + neighbour)));

        PlanContent plan = plans.plan(clientId).content();
        AgreementItem agreed = plan.agreements().get(0);
        assertThat(agreed.startDate()).isEqualTo(LocalDate.now(clock));
        assertThat(agreed.frequency()).isEqualTo("zaterdag");
        String goal = plan.goals().stream().filter(g -> g.text().startsWith("Zelf mijn boodschappen")).findFirst()
                .orElseThrow().key();
        assertThat(agreed.goalKey()).as("the goal whose words name the kind of need").isEqualTo(goal);
    }

    @Test
    void mijn_taken_lists_care_to_agree_for_the_nurse_one_tap_from_the_hand_over_and_back() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Zorgafspreken");
        long needId = record(clientId, "Injecties", "Insuline prikken", "elke ochtend");
        navigate("mijn-taken");
        assertThat(_find(Div.class, spec -> spec.withId("care-to-arrange-" + needId)))
                .as("the leefcoach arranges care for others: not her list").isEmpty();

        login("wijkverpleegkundige");
        navigate("mijn-taken");
        Div card = _get(Div.class, spec -> spec.withId("care-to-arrange-" + needId));
        assertThat(card.getElement().getTextRecursively()).contains("Test Zorgafspreken", "Injecties: Insuline prikken",
                "(elke ochtend)");
        _click(_get(Button.class, spec -> spec.withId("arrange-" + needId)));
        assertThat(_get(TextField.class, spec -> spec.withId("agreement-what")).getValue())
                .isEqualTo("Insuline prikken");
        _click(_get(Button.class, spec -> spec.withId("agreement-ok")));

        assertThat(currentView()).as("back on Mijn taken").isInstanceOf(nl.samenplan.task.ui.MyTasksView.class);
        assertThat(needs.needs(clientId).get(0).metOn()).isEqualTo(SupportRung.PROFESSIONELE_ZORG);
        assertThat(_find(Div.class, spec -> spec.withId("care-to-arrange-" + needId))).isEmpty();
    }

    private long clientInAVillageOfItsOwn() {
        long clientId = clients.create(new ClientData("Geertje", "Huishoudtest" + System.nanoTime() % 1_000_000,
                LocalDate.of(1938, 2, 3), "Kerkpad 3", "7914 AB", "Sluitwolde" + System.nanoTime() % 100_000, null,
                null, ClientStatus.ACTIEF, Set.of(), null, null));
        nl.samenplan.testsupport.Fixtures.sharesWithVolunteers(consents, clientId); // no volunteer, but not for that
        return clientId;
    }

    private long record(long clientId, String category, String description, String frequency) {
        return needs.record(clientId, new NeedData(category(category), description, frequency, null, Urgency.NORMAAL,
                NeedSource.CLIENT, false));
    }

    private long category(String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** Follows a link as the browser does: its path, with its query. */
    private static void follow(Anchor link) {
        String[] href = link.getHref().split("\\?", 2);
        UI.getCurrent().navigate(href[0], href.length > 1 ? QueryParameters.fromString(href[1])
                : QueryParameters.empty());
    }

    private static String cards() {
        return _get(Div.class, spec -> spec.withId("needs")).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }
}
