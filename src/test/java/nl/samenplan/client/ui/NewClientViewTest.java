package nl.samenplan.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.samenplan.client.ClientService;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class NewClientViewTest extends KaribuTest {

    @Autowired
    private ClientService clients;

    @Test
    void a_new_client_is_saved_in_the_own_team_and_the_file_opens_on_the_network_first() {
        login("leefcoach");
        navigate("clienten/nieuw");
        fill("Hillegien", "Nieuwhof", LocalDate.of(1943, 6, 9), "Oosterzand");
        _setValue(_get(TextField.class, spec -> spec.withId("client-postcode")), "7913kh");
        _click(_get(Button.class, spec -> spec.withId("client-save")));

        assertThat(currentView()).isInstanceOf(NetworkView.class);
        var found = clients.findClients("Nieuwhof", PageRequest.of(0, 5));
        assertThat(found.getTotalElements()).isEqualTo(1);
        var details = clients.get(found.getContent().get(0).id());
        assertThat(details.data().postcode()).isEqualTo("7913 KH");
        assertThat(details.data().village()).isEqualTo("Oosterzand");
    }

    @Test
    void a_date_of_birth_in_the_future_is_refused_in_dutch_and_what_was_typed_stays() {
        login("leefcoach");
        navigate("clienten/nieuw");
        fill("Toekomst", "Kind", LocalDate.now().plusDays(3), "Heideveen");

        DatePicker dateOfBirth = _get(DatePicker.class, spec -> spec.withId("client-date-of-birth"));
        assertThat(dateOfBirth.isInvalid()).isTrue();
        assertThat(dateOfBirth.getErrorMessage()).isEqualTo("De geboortedatum kan niet in de toekomst liggen.");
        _click(_get(Button.class, spec -> spec.withId("client-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("client-error")).getText())
                .isEqualTo("De geboortedatum kan niet in de toekomst liggen.");
        assertThat(_get(TextField.class, spec -> spec.withId("client-first-name")).getValue()).isEqualTo("Toekomst");
        assertThat(clients.findClients("Toekomst", PageRequest.of(0, 5)).getTotalElements()).isZero();
    }

    @Test
    void an_impossible_postcode_and_an_empty_name_get_a_dutch_message() {
        login("leefcoach");
        navigate("clienten/nieuw");
        fill("", "Zondernaam", LocalDate.of(1950, 1, 1), "Heideveen");
        TextField postcode = _get(TextField.class, spec -> spec.withId("client-postcode"));
        _setValue(postcode, "0123 XY");
        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).startsWith("Dit is geen Nederlandse postcode");

        _click(_get(Button.class, spec -> spec.withId("client-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("client-error")).getText())
                .isEqualTo("Vul de voornaam en de achternaam in.");
    }

    @Test
    void a_client_with_the_same_name_and_birth_date_in_the_team_is_warned_about() {
        login("leefcoach");
        navigate("clienten/nieuw");
        // Aaltje Hoekstra of the demo team
        var aaltje = clients.get(clients.findClients("Aaltje Hoekstra", PageRequest.of(0, 1)).getContent().get(0).id());
        fill("Aaltje", "Hoekstra", aaltje.data().dateOfBirth(), "Heideveen");
        _click(_get(Button.class, spec -> spec.withId("client-save")));

        ConfirmDialog warning = _get(ConfirmDialog.class, spec -> spec.withId("duplicate-warning"));
        assertThat(warning.isOpened()).isTrue();
        assertThat(clients.findClients("Aaltje Hoekstra", PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
        _assertOne(ConfirmDialog.class);
    }

    private static void fill(String first, String last, LocalDate born, String village) {
        _setValue(_get(TextField.class, spec -> spec.withId("client-first-name")), first);
        _setValue(_get(TextField.class, spec -> spec.withId("client-last-name")), last);
        _setValue(_get(DatePicker.class, spec -> spec.withId("client-date-of-birth")), born);
        _setValue(_get(TextField.class, spec -> spec.withId("client-village")), village);
    }
}
