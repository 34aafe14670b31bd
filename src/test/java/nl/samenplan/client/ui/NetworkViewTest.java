package nl.samenplan.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NetworkViewTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private CatalogService catalog;

    @Test
    @SuppressWarnings("unchecked")
    void the_leefcoach_adds_a_caregiver_who_appears_in_the_list_and_in_the_picture_with_her_burden() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Netwerk");
        navigate("clienten/" + clientId + "/netwerk");
        assertThat(_get(NetworkView.class).getElement().getTextRecursively()).contains("Nog niemand ingevuld");

        _click(_get(Button.class, spec -> spec.withId("network-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("member-name")), "Trijn Netwerk");
        _setValue(_get(Select.class, spec -> spec.withId("member-relation")), Relation.KIND);
        MultiSelectComboBox<CatalogService.Item> canHelp =
                _get(MultiSelectComboBox.class, spec -> spec.withId("member-can-help-with"));
        _setValue(canHelp, canHelp.getListDataView().getItems().filter(i -> i.name().equals("Boodschappen"))
                .collect(Collectors.toSet()));
        _setValue(_get(Checkbox.class, spec -> spec.withId("member-caregiver")), true);
        _setValue(_get(IntegerField.class, spec -> spec.withId("member-burden")), 8);
        _click(_get(Button.class, spec -> spec.withId("member-save")));

        var members = network.members(clientId);
        assertThat(members).hasSize(1);
        assertThat(members.get(0).data().burdenScore()).isEqualTo(8);
        assertThat(members.get(0).data().canHelpWith()).hasSize(1);
        String page = _get(NetworkView.class).getElement().getTextRecursively();
        assertThat(page).contains("Trijn Netwerk", "Mantelzorger · belasting 8/10", "Boodschappen");
        String svg = _get(Svg.class, spec -> spec.withId("network-picture")).getElement().getProperty("innerHTML");
        assertThat(svg).contains("Trijn Netwerk").contains("8/10");
    }

    @Test
    void a_burden_outside_0_to_10_is_refused_in_the_dialog_and_nothing_is_lost() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Belasting");
        navigate("clienten/" + clientId + "/netwerk");
        _click(_get(Button.class, spec -> spec.withId("network-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("member-name")), "Kees Belasting");
        _setValue(_get(Select.class, spec -> spec.withId("member-relation")), Relation.PARTNER);
        _setValue(_get(Checkbox.class, spec -> spec.withId("member-caregiver")), true);
        _setValue(_get(IntegerField.class, spec -> spec.withId("member-burden")), 12);
        _click(_get(Button.class, spec -> spec.withId("member-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("member-error")).getText())
                .isEqualTo("De mantelzorgbelasting is een getal van 0 tot en met 10.");
        assertThat(_get(TextField.class, spec -> spec.withId("member-name")).getValue()).isEqualTo("Kees Belasting");
        assertThat(network.members(clientId)).isEmpty();
    }

    @Test
    void the_coordinator_can_neither_read_nor_change_the_network_which_matching_does_not_need() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Alleenlezen");
        Fixtures.member(network, clientId, "Piet Alleenlezen", Relation.BUUR, false, null, Set.of());
        login("coordinator");
        navigate("clienten/" + clientId + "/netwerk");
        assertThat(currentView()).isInstanceOf(nl.samenplan.base.ui.AccessDeniedView.class);
        assertThat(currentView().getElement().getTextRecursively()).doesNotContain("Piet Alleenlezen");
        assertThat(_find(Button.class, spec -> spec.withId("network-add"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withCaption("Verwijderen"))).isEmpty();
    }

    @Test
    void a_client_of_another_team_cannot_be_opened_by_url() {
        login("leefcoach.zuiderpark");
        long otherTeamsClient = Fixtures.newClient(clients, "Anderteam");
        login("leefcoach");
        navigate("clienten/" + otherTeamsClient + "/netwerk");
        assertThat(currentView()).isInstanceOf(nl.samenplan.base.ui.NotFoundView.class);
    }
}
