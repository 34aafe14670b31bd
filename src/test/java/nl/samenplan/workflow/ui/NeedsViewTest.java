package nl.samenplan.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Informal first, in the client file: record a need, see the proposals and why, agree in one action. */
class NeedsViewTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private nl.samenplan.client.ConsentService consents;
    @Autowired
    private NetworkService network;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private PlanService plans;

    @Test
    void a_need_for_shopping_is_proposed_to_a_fitting_neighbour_and_agreed_in_one_action() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Hulpvraag");
        long shopping = category("Boodschappen");
        long neighbour = Fixtures.member(network, clientId, "Buurman Jan", Relation.BUUR, false, null, Set.of(shopping));
        Fixtures.member(network, clientId, "Dochter Els", Relation.KIND, true, 8, Set.of(shopping));
        navigate("clienten/" + clientId + "/hulpvragen");

        record("Boodschappen", "Boodschappen voor de week");
        String card = _get(Div.class, spec -> spec.withId("needs")).getElement().getTextRecursively();
        assertThat(card).contains("Voorgesteld: buur Buurman Jan (kan Boodschappen, beschikbaar Maandag).")
                .contains("Niet voorgesteld: kind Dochter Els, mantelzorgbelasting 8/10.");

        _click(_get(Button.class, spec -> spec.withId("accept-" + needId(clientId) + "-1-" + neighbour)));

        var agreement = plans.plan(clientId).content().agreements().get(0);
        assertThat(agreement.rung()).isEqualTo(SupportRung.EIGEN_NETWERK);
        assertThat(agreement.networkMemberId()).isEqualTo(neighbour);
        assertThat(agreement.what()).isEqualTo("Boodschappen voor de week");
        assertThat(_get(Div.class, spec -> spec.withId("needs")).getElement().getTextRecursively())
                .contains("Afgesproken: Buurman Jan doet het (trede 1, Eigen netwerk).");
    }

    @Test
    void wound_care_goes_straight_to_professional_care_without_asking_why() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Wondzorg");
        Fixtures.member(network, clientId, "Buurman Piet", Relation.BUUR, false, null, Set.of(category("Wondzorg")));
        navigate("clienten/" + clientId + "/hulpvragen");

        record("Wondzorg", null);
        String card = _get(Div.class, spec -> spec.withId("needs")).getElement().getTextRecursively();
        assertThat(card).contains("Wondzorg is van nature professionele zorg: meteen trede 4, zonder onderbouwing.")
                .doesNotContain("Buurman Piet").doesNotContain("Waarom niet lager");
        assertThat(_find(Button.class, spec -> spec.withCaption("Afspreken"))).isEmpty();
    }

    @Test
    void with_nobody_to_help_the_rules_say_why_the_lower_rungs_are_not_enough() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Niemand");
        Fixtures.sharesWithVolunteers(consents, clientId); // the volunteer rung needs it
        navigate("clienten/" + clientId + "/hulpvragen");

        record("Huishouden", null);
        String card = _get(Div.class, spec -> spec.withId("needs")).getElement().getTextRecursively();
        assertThat(card).contains("Waarom niet lager:", "Niemand in het netwerk kan helpen met Huishouden.",
                "Geen vrijwilliger voor Huishouden in Heideveen.", "Geen algemene voorziening voor Huishouden in Heideveen.");
    }

    @Test
    void a_volunteer_on_pause_is_not_proposed_and_one_of_another_village_not_at_all() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Vrijwilliger");
        Fixtures.sharesWithVolunteers(consents, clientId); // the volunteer rung needs it
        navigate("clienten/" + clientId + "/hulpvragen");

        record("Gezelschap", null);
        String card = _get(Div.class, spec -> spec.withId("needs")).getElement().getTextRecursively();
        assertThat(card).contains("Niet voorgesteld: vrijwilliger Riek Hofstee staat op pauze.")
                .contains("Dagbesteding Het Dorpshuis").doesNotContain("Harm Bosch");
    }

    private long category(String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long needId(long clientId) {
        return context.getBean(nl.samenplan.workflow.NeedService.class).needs(clientId).get(0).id();
    }

    @SuppressWarnings("unchecked")
    private static void record(String category, String description) {
        _click(_get(Button.class, spec -> spec.withId("need-new")));
        ComboBox<CatalogService.Item> combo = _get(ComboBox.class, spec -> spec.withId("need-category"));
        _setValue(combo, combo.getListDataView().getItems().filter(i -> i.name().equals(category)).findFirst()
                .orElseThrow());
        if (description != null) {
            _setValue(_get(TextField.class, spec -> spec.withId("need-description")), description);
        }
        _click(_get(Button.class, spec -> spec.withId("need-save")));
    }
}
