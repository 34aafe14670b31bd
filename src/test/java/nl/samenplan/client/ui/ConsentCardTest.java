package nl.samenplan.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ConsentManner;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Overzicht's Toestemming card: the state per recipient, recording a consent and withdrawing it. */
class ConsentCardTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private ConsentService consents;

    private static String card() {
        return _get(Section.class, spec -> spec.withId("consent")).getElement().getTextRecursively();
    }

    @Test
    void the_leefcoach_records_a_consent_by_a_representative_and_withdraws_it_and_the_card_keeps_the_history() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Kaart");
        navigate("clienten/" + clientId + "/overzicht");
        assertThat(card()).contains("Het team: geen toestemming. Deel geen gegevens met hen.")
                .contains("Vrijwilligers van het team: geen toestemming.");

        _click(_get(Button.class, spec -> spec.withId("consent-record")));
        ConsentDialog dialog = _get(ConsentDialog.class);
        _setValue(dialog.recipient, ConsentRecipient.VOLUNTEERS);
        _setValue(dialog.manner, ConsentManner.VERTEGENWOORDIGER);
        _click(_get(Button.class, spec -> spec.withId("consent-save")));
        assertThat(dialog.isOpened()).as("a representative's name is needed").isTrue();
        assertThat(dialog.representative.isInvalid()).isTrue();
        assertThat(dialog.representative.getErrorMessage()).isEqualTo("Vul de naam van de vertegenwoordiger in.");
        _setValue(dialog.representative, "mr. H. Bakker");
        _click(_get(Button.class, spec -> spec.withId("consent-save")));

        assertThat(dialog.isOpened()).isFalse();
        String today = DutchFormats.date(LocalDate.now(clock));
        assertThat(card()).contains("Vrijwilligers van het team: gegeven op " + today
                + ", door vertegenwoordiger mr. H. Bakker, vastgelegd door Sanne Mulder")
                .doesNotContain("Vrijwilligers van het team: geen toestemming");
        long id = consents.consents(clientId).get(0).id();

        _click(_get(Button.class, spec -> spec.withId("consent-withdraw-" + id)));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, spec -> spec.withId("consent-withdraw-confirm")));

        assertThat(consents.hasConsent(clientId, ConsentRecipient.VOLUNTEERS)).isFalse();
        assertThat(card()).contains("Vrijwilligers van het team: geen toestemming.")
                .contains("Eerder gegeven en ingetrokken")
                .contains("ingetrokken op " + today + " door Sanne Mulder");
    }

    @Test
    void a_network_member_is_chosen_by_name_and_a_colleague_sees_the_consent() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Kaart");
        Fixtures.member(context.getBean(nl.samenplan.client.NetworkService.class), clientId, "Els Kaart",
                nl.samenplan.client.Relation.KIND, false, null, java.util.Set.of());
        navigate("clienten/" + clientId + "/overzicht");
        _click(_get(Button.class, spec -> spec.withId("consent-record")));
        ConsentDialog dialog = _get(ConsentDialog.class);
        assertThat(_find(dialog, Select.class, spec -> spec.withId("consent-member"))).as("only for a naaste")
                .isEmpty();
        _setValue(dialog.recipient, ConsentRecipient.NETWORK_MEMBER);
        _setValue(dialog.member, dialog.member.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(dialog.manner, ConsentManner.MONDELING);
        assertThat(_find(dialog, TextField.class, spec -> spec.withId("consent-representative"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("consent-save")));
        assertThat(card()).contains("Naaste Els Kaart: gegeven op");

        login("wijkverpleegkundige");
        navigate("clienten/" + clientId + "/overzicht");
        assertThat(card()).contains("Naaste Els Kaart: gegeven op").contains("vastgelegd door Sanne Mulder");
        assertThat(_find(RadioButtonGroup.class)).as("no dialog open").isEmpty();
    }
}
