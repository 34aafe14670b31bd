package nl.samenplan.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.Grids;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClientFileTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;

    @Test
    void changing_the_details_shows_in_the_header_and_in_the_history() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Verhuisd");
        navigate("clienten/" + clientId + "/gegevens");
        _setValue(_get(TextField.class, spec -> spec.withId("client-village")), "Kloosterdijk");
        _click(_get(Button.class, spec -> spec.withId("client-save")));

        assertThat(clients.get(clientId).data().village()).isEqualTo("Kloosterdijk");
        assertThat(_get(ClientFileLayout.class).getElement().getTextRecursively()).contains("Kloosterdijk");
        navigate("clienten/" + clientId + "/geschiedenis");
        @SuppressWarnings("unchecked")
        Grid<Object> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(Grids.texts(history, "what").get(0)).isEqualTo("Gegevens gewijzigd: Dorp of wijk");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(history, 0, "who")).as("named by username too, which no new account can copy")
                .isEqualTo("Sanne Mulder (leefcoach)");
    }

    @Test
    void a_roepnaam_is_typed_once_in_the_details_and_shown_in_the_header_and_the_domains_are_not_typed() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Roep");
        navigate("clienten/" + clientId + "/gegevens");
        _setValue(_get(TextField.class, spec -> spec.withId("client-call-name")), "Gees");
        assertThat(_get(com.vaadin.flow.component.checkbox.CheckboxGroup.class,
                spec -> spec.withId("client-funding-domains")).isReadOnly()).as("follows the plan").isTrue();
        _click(_get(Button.class, spec -> spec.withId("client-save")));

        assertThat(clients.get(clientId).data().callName()).isEqualTo("Gees");
        assertThat(_get(ClientFileLayout.class, spec -> { }).getElement().getTextRecursively())
                .contains(clients.get(clientId).fullName() + " (Gees)");
    }

    @Test
    void the_overview_signals_an_overburdened_caregiver_with_the_score_in_words() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Signaal");
        Fixtures.member(network, clientId, "Marten Signaal", Relation.PARTNER, true, 8, Set.of());
        Fixtures.member(network, clientId, "Lies Signaal", Relation.KIND, true, 4, Set.of());
        navigate("clienten/" + clientId);

        assertThat(_get(H2.class, spec -> spec.withId("client-file-name")).getText()).startsWith("Test Signaal");
        String signals = _get(Section.class, spec -> spec.withId("signals")).getElement().getTextRecursively();
        assertThat(signals).contains("Mantelzorger Marten Signaal is overbelast (8/10)").doesNotContain("Lies");
    }
}
