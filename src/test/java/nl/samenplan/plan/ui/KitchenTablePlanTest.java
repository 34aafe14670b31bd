package nl.samenplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanService;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.ui.NeedsView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan at the kitchen table: goals without extra clicks, the client's words straight into needs (issue 12). */
class KitchenTablePlanTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private PlanService plans;
    @Autowired
    private NeedService needs;

    @Test
    @SuppressWarnings("unchecked")
    void a_goal_is_typed_in_the_empty_row_and_gets_the_lowest_scored_life_area_without_a_goal() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Doelrij");
        navigate("clienten/" + clientId + "/plan");
        score("Gezondheid", 6);
        score("Dagelijks functioneren", 4);
        score("Sociaal netwerk", 3);

        _setValue(_get(TextField.class, spec -> spec.withId("goal-text-1")), "Ik wil weer onder de mensen komen.");
        Select<CatalogService.Item> first = _get(Select.class, spec -> spec.withId("goal-area-1"));
        assertThat(first.getValue().name()).isEqualTo("Sociaal netwerk");
        // The next empty row is there at once, without a click
        _setValue(_get(TextField.class, spec -> spec.withId("goal-text-2")), "Ik wil zelf blijven koken.");
        Select<CatalogService.Item> second = _get(Select.class, spec -> spec.withId("goal-area-2"));
        assertThat(second.getValue().name()).isEqualTo("Dagelijks functioneren");
        assertThat(_find(TextField.class, spec -> spec.withId("goal-text-3"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        // The empty row is not a goal
        PlanContent saved = plans.plan(clientId).content();
        assertThat(saved.goals()).extracting(PlanContent.GoalItem::text)
                .containsExactly("Ik wil weer onder de mensen komen.", "Ik wil zelf blijven koken.");
    }

    @Test
    void a_goal_whose_life_area_is_chosen_by_hand_keeps_it() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Doelhand");
        navigate("clienten/" + clientId + "/plan");
        score("Sociaal netwerk", 2);
        @SuppressWarnings("unchecked")
        Select<CatalogService.Item> area = _get(Select.class, spec -> spec.withId("goal-area-1"));
        _setValue(area, lifeArea("Wonen"));
        _setValue(_get(TextField.class, spec -> spec.withId("goal-text-1")), "Thuis blijven wonen.");

        assertThat(area.getValue().name()).isEqualTo("Wonen");
    }

    @Test
    void the_needs_named_in_the_client_s_answer_are_offered_on_the_plan_and_recorded_at_once() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Woorden");
        navigate("clienten/" + clientId + "/plan");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")),
                "Hulp bij de boodschappen, vervoer naar de huisarts en wat gezelschap.");
        assertThat(_find(Div.class, spec -> spec.withId("plan-needs-from-answer"))).isEmpty(); // hidden until saved
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        Div offer = _get(Div.class, spec -> spec.withId("plan-needs-from-answer"));
        assertThat(offer.getElement().getTextRecursively()).contains("3 soorten hulp", "Boodschappen", "Vervoer",
                "Gezelschap");
        _click(_get(Button.class, spec -> spec.withId("plan-record-needs")));

        assertThat(currentView()).isInstanceOf(NeedsView.class);
        assertThat(needs.needs(clientId)).extracting(NeedService.NeedRow::categoryName)
                .containsExactlyInAnyOrder("Boodschappen", "Vervoer", "Gezelschap");
        navigate("clienten/" + clientId + "/plan");
        assertThat(_find(Div.class, spec -> spec.withId("plan-needs-from-answer"))).isEmpty();
    }

    @Test
    void on_hulpvragen_all_needs_of_the_answer_are_recorded_with_one_tap() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Alles");
        navigate("clienten/" + clientId + "/plan");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")), "Boodschappen en het huishouden.");
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        navigate("clienten/" + clientId + "/hulpvragen");

        _click(_get(Button.class, spec -> spec.withId("need-record-all")));

        assertThat(needs.needs(clientId)).extracting(NeedService.NeedRow::categoryName)
                .containsExactlyInAnyOrder("Boodschappen", "Huishouden");
        assertThat(_find(Div.class, spec -> spec.withId("need-from-answer"))).isEmpty(); // nothing left to offer
    }

    @Test
    void a_need_met_since_is_not_offered_again_from_the_answer() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Gemeld");
        navigate("clienten/" + clientId + "/plan");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")), "Wat gezelschap.");
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        _click(_get(Button.class, spec -> spec.withId("plan-record-needs")));
        long needId = needs.needs(clientId).get(0).id();
        needs.accept(needId, needs.route(needId).proposals().stream()
                .filter(p -> !p.rung().isProfessional() && !p.needsConsent()).findFirst().orElseThrow());

        assertThat(needs.needs(clientId).get(0).metOn()).isNotNull();
        assertThat(needs.fromAnswer(clientId).suggestions()).isEmpty();
        navigate("clienten/" + clientId + "/hulpvragen");
        assertThat(_find(Div.class, spec -> spec.withId("need-from-answer"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_hand_over_of_household_help_knows_it_is_wmo_and_the_leefcoach_only_names_the_provider() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Huishoud");
        navigate("clienten/" + clientId + "/plan");
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-answer-needs")), "Hulp in het huishouden.");
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        _click(_get(Button.class, spec -> spec.withId("plan-record-needs")));
        long needId = needs.needs(clientId).get(0).id();

        com.vaadin.flow.component.UI.getCurrent().navigate("clienten/" + clientId + "/plan",
                com.vaadin.flow.router.QueryParameters.of("need", String.valueOf(needId)));

        var domain = _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                spec -> spec.withId("agreement-domain"));
        assertThat(domain.getValue()).isEqualTo(nl.samenplan.catalog.FundingDomain.WMO);
        _setValue(_get(TextField.class, spec -> spec.withId("agreement-provider")), "Thuishulp Noord");
        _setValue(_get(TextField.class, spec -> spec.withId("agreement-frequency")), "1x per week");
        _click(_get(Button.class, spec -> spec.withId("agreement-ok")));

        var agreement = plans.plan(clientId).content().agreements().get(0);
        assertThat(agreement.fundingDomain()).isEqualTo(nl.samenplan.catalog.FundingDomain.WMO);
        assertThat(agreement.needId()).isEqualTo(needId);
        assertThat(needs.needs(clientId).get(0).metOn()).isNotNull(); // she may indicate Wmo: met at once
    }

    private void score(String area, int score) {
        _setValue(_get(IntegerField.class, spec -> spec.withId("score-" + lifeArea(area).id())), score);
    }

    private CatalogService.Item lifeArea(String name) {
        return catalog.lifeAreas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
