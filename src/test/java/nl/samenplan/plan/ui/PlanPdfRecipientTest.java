package nl.samenplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ConsentData;
import nl.samenplan.client.ConsentManner;
import nl.samenplan.client.ConsentService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanService;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The plan PDF goes to the client, or to a network member only with the client's consent; the log names whom. */
class PlanPdfRecipientTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private NetworkService network;
    @Autowired
    private ConsentService consents;
    @Autowired
    private PlanService plans;
    @Autowired
    private JdbcTemplate jdbc;

    private Map<String, Object> lastExport(long clientId) {
        return jdbc.queryForMap("select outcome, detail from access_log_entry where client_id = ? and event_type ="
                + " 'PLAN_EXPORTED' order by id desc limit 1", clientId);
    }

    @Test
    void the_pdf_for_a_network_member_without_consent_is_refused_and_the_refusal_is_logged() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Pdfvoorwie");
        editing.save(clientId, 0, PlanContent.EMPTY);
        long els = Fixtures.member(network, clientId, "Els Zondertoestemming", Relation.KIND, false, null, Set.of());

        assertThatThrownBy(() -> plans.printed(clientId, els)).hasMessage("error.consent.networkMember");
        assertThat(lastExport(clientId)).containsEntry("outcome", "REFUSED");

        navigate("clienten/" + clientId + "/plan");
        @SuppressWarnings("unchecked")
        Select<NetworkService.Member> forWhom = _get(Select.class, spec -> spec.withId("plan-pdf-for"));
        _setValue(forWhom, forWhom.getListDataView().getItems().filter(m -> m.id() == els).findFirst().orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("plan-pdf-refused")).getText()).isEqualTo(
                "Geen toestemming van de cliënt om het plan aan Els Zondertoestemming te geven. Leg die toestemming "
                        + "eerst vast op het Overzicht.");
        assertThat(_find(Anchor.class, spec -> spec.withId("plan-pdf"))).as("no PDF is offered for her").isEmpty();
        _setValue(forWhom, null);
        assertThat(_find(Anchor.class, spec -> spec.withId("plan-pdf"))).as("for the client it is").hasSize(1);
    }

    @Test
    void the_pdf_for_a_network_member_with_consent_is_handed_over_and_the_log_names_them() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Pdfvoorwie");
        editing.save(clientId, 0, PlanContent.EMPTY);
        long piet = Fixtures.member(network, clientId, "Piet Mettoestemming", Relation.BUUR, false, null, Set.of());
        consents.record(clientId, ConsentData.forMember(piet, LocalDate.now(clock), ConsentManner.SCHRIFTELIJK));

        PlanService.PrintModel printed = plans.printed(clientId, piet);

        assertThat(printed.recipient()).isEqualTo("voor naaste Piet Mettoestemming (id " + piet + ")");
        assertThat(lastExport(clientId)).containsEntry("outcome", "ALLOWED").containsEntry("detail",
                "PlanService.printed: voor naaste Piet Mettoestemming (id " + piet + ")");
    }
}
