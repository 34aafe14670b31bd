package nl.samenplan.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.samenplan.client.ClientService;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.workflow.MdoData;
import nl.samenplan.workflow.MdoService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MdoViewTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private MdoService mdos;

    @Test
    void an_mdo_is_recorded_and_makes_a_nursing_home_application_possible() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Mdo");
        navigate("clienten/" + clientId + "/mdo");
        assertThat(_get(Paragraph.class, spec -> spec.withId("mdo-status")).getText())
                .startsWith("Er is geen MDO van de laatste 90 dagen");

        _setValue(_get(TextField.class, spec -> spec.withId("mdo-participants")), "Huisarts, wijkverpleegkundige, zoon");
        _setValue(_get(TextArea.class, spec -> spec.withId("mdo-conclusion")), "Thuis niet meer veilig 's nachts.");
        _setValue(_get(TextArea.class, spec -> spec.withId("mdo-alternatives")), "Nachtzorg, logeeropvang.");
        _click(_get(Button.class, spec -> spec.withId("mdo-save")));

        assertThat(mdos.recentEnoughForNursingHome(clientId)).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("mdo-status")).getText())
                .startsWith("Er is een MDO van de laatste 90 dagen");
    }

    @Test
    void an_mdo_without_the_home_alternatives_is_refused_in_dutch_and_nothing_typed_is_lost() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "MdoLeeg");
        navigate("clienten/" + clientId + "/mdo");
        _setValue(_get(TextField.class, spec -> spec.withId("mdo-participants")), "Huisarts");
        _setValue(_get(TextArea.class, spec -> spec.withId("mdo-conclusion")), "Opname aanvragen.");
        _click(_get(Button.class, spec -> spec.withId("mdo-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("mdo-error")).getText())
                .isEqualTo("Vul in welke mogelijkheden om thuis te blijven zijn besproken.");
        assertThat(_get(TextArea.class, spec -> spec.withId("mdo-conclusion")).getValue()).isEqualTo("Opname aanvragen.");
        assertThat(mdos.mdos(clientId)).isEmpty();
    }

    @Test
    void an_mdo_older_than_the_window_is_not_recent_enough() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "MdoOud");
        mdos.record(clientId, new MdoData(LocalDate.now().minusDays(91), "Huisarts", "Nog even thuis.", "Dagbesteding."));
        assertThat(mdos.recentEnoughForNursingHome(clientId)).isFalse();
        mdos.record(clientId, new MdoData(LocalDate.now().minusDays(90), "Huisarts", "Opname.", "Geen."));
        assertThat(mdos.recentEnoughForNursingHome(clientId)).isTrue();
    }
}
