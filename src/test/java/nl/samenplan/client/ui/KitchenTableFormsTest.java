package nl.samenplan.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** At the kitchen table nothing the system knows is asked and nothing said is typed twice (issue 12). */
class KitchenTableFormsTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;

    @Test
    void the_name_just_searched_for_and_the_team_s_village_are_filled_in_for_a_new_client() {
        login("leefcoach");
        String lastName = "van der Zoek" + Fixtures.letters(6);
        navigate("clienten");
        _setValue(_get(TextField.class, spec -> spec.withId("client-search")), "Hillegien " + lastName);
        _click(_get(Button.class, spec -> spec.withId("client-new")));

        assertThat(currentView()).isInstanceOf(NewClientView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("client-first-name")).getValue()).isEqualTo("Hillegien");
        assertThat(_get(TextField.class, spec -> spec.withId("client-last-name")).getValue()).isEqualTo(lastName);
        assertThat(_get(TextField.class, spec -> spec.withId("client-village")).getValue()).isEqualTo("Heideveen");
    }

    @Test
    void a_search_for_a_postcode_is_not_taken_for_a_name_and_a_team_of_several_villages_leaves_the_village_open() {
        login("leefcoach.zuiderpark");
        UI.getCurrent().navigate("clienten/nieuw", QueryParameters.of(NewClientView.NAME, "9431 AB"));

        assertThat(_get(TextField.class, spec -> spec.withId("client-first-name")).getValue()).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("client-village")).getValue()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_client_s_network_opens_with_the_form_and_the_naasten_are_named_one_after_the_other() {
        login("leefcoach");
        String lastName = "Eerste" + Fixtures.letters(6);
        navigate("clienten/nieuw");
        _setValue(_get(TextField.class, spec -> spec.withId("client-first-name")), "Hillegien");
        _setValue(_get(TextField.class, spec -> spec.withId("client-last-name")), lastName);
        _setValue(_get(DatePicker.class, spec -> spec.withId("client-date-of-birth")), LocalDate.of(1938, 4, 2));
        _click(_get(Button.class, spec -> spec.withId("client-save")));
        long clientId = clients.findClients(lastName, PageRequest.of(0, 2)).getContent().get(0).id();

        // The form for the first naaste is open at once; a burden score makes him a mantelzorger
        _setValue(_get(TextField.class, spec -> spec.withId("member-name")), "Roelof " + lastName);
        _setValue(_get(Select.class, spec -> spec.withId("member-relation")), Relation.KIND);
        IntegerField burden = _get(IntegerField.class, spec -> spec.withId("member-burden"));
        _setValue(burden, 8);
        burden.getElement().setProperty("_inputElementValue", "8"); // as the browser sends what it shows
        assertThat(_get(Checkbox.class, spec -> spec.withId("member-caregiver")).getValue()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("member-save-next")));

        // ... and the form stays, empty, for the next one
        assertThat(_get(TextField.class, spec -> spec.withId("member-name")).getValue()).isEmpty();
        assertThat(_get(IntegerField.class, spec -> spec.withId("member-burden")).getValue()).isNull();
        _setValue(_get(TextField.class, spec -> spec.withId("member-name")), "Trijn Buurvrouw");
        _setValue(_get(Select.class, spec -> spec.withId("member-relation")), Relation.BUUR);
        _click(_get(Button.class, spec -> spec.withId("member-save")));

        assertThat(_find(TextField.class, spec -> spec.withId("member-name"))).isEmpty();
        var members = network.members(clientId);
        assertThat(members).extracting(m -> m.data().name()).containsExactly("Roelof " + lastName, "Trijn Buurvrouw");
        assertThat(members.get(0).data().caregiver()).isTrue();
        assertThat(members.get(0).data().burdenScore()).isEqualTo(8);
        assertThat(members.get(1).data().caregiver()).isFalse();
    }

    @Test
    void an_existing_client_s_network_does_not_open_a_form_by_itself() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Bestaand");
        navigate("clienten/" + clientId + "/netwerk");

        assertThat(_find(TextField.class, spec -> spec.withId("member-name"))).isEmpty();
    }
}
