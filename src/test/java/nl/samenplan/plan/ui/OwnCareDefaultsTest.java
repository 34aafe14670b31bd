package nl.samenplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.security.TeamService;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A professional who proposes professional care proposes her own: the form knows who she is. */
class OwnCareDefaultsTest extends KaribuTest {

    @Autowired
    private ClientService clients;

    @Test
    void the_nurse_choosing_professional_care_is_its_zorgverlener_with_her_organisation_domain_and_tasks() {
        login("wijkverpleegkundige");
        long clientId = Fixtures.newClient(clients, "Eigenzorg");
        navigate("clienten/" + clientId + "/plan");
        _click(_get(Button.class, spec -> spec.withId("agreement-add")));

        professionalCare();

        TextField provider = _get(TextField.class, spec -> spec.withId("agreement-provider"));
        assertThat(provider.getLabel()).isEqualTo("Zorgverlener");
        assertThat(provider.getValue()).isEqualTo("Fatma Yilmaz");
        assertThat(_get(TextField.class, spec -> spec.withId("agreement-organisation")).getValue())
                .isEqualTo("Thuiszorg De Linde");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("agreement-domain")).getValue())
                .isEqualTo(FundingDomain.ZVW);
        assertThat(assignee().getValue()).isNotNull();
        assertThat(assignee().getValue().displayName()).isEqualTo("Fatma Yilmaz");
    }

    @Test
    void the_leefcoach_arranges_care_for_others_and_names_the_provider_herself() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Anderzorg");
        navigate("clienten/" + clientId + "/plan");
        _click(_get(Button.class, spec -> spec.withId("agreement-add")));

        professionalCare();

        assertThat(_get(TextField.class, spec -> spec.withId("agreement-provider")).getValue()).isEmpty();
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("agreement-domain")).getValue()).isNull();
        assertThat(assignee().getValue()).isNull();
    }

    @SuppressWarnings("unchecked")
    private static void professionalCare() {
        _setValue(_get(Select.class, spec -> spec.withId("agreement-rung")), SupportRung.PROFESSIONELE_ZORG);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<TeamService.Colleague> assignee() {
        return _get(ComboBox.class, spec -> spec.withId("agreement-assignee"));
    }
}
