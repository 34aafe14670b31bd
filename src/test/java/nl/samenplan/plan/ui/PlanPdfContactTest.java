package nl.samenplan.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.client.NetworkService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanPdf;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.AccountService;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.PdfContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding 11: the plan greets the client by roepnaam and names the leefcoach's phone as the contact. */
class PlanPdfContactTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private NetworkService network;
    @Autowired
    private AccountService accounts;

    @Test
    void the_pdf_says_beste_gees_and_gives_the_plan_owners_phone() throws Exception {
        login("leefcoach");
        accounts.changeMyPhone("06 1234 5678");
        long clientId = clients.create(new ClientData("Geesje", "Smit" + System.nanoTime() % 100000,
                LocalDate.of(1941, 3, 2), null, null, "Heideveen", null, null, ClientStatus.AANGEMELD, Set.of(), null,
                "Gees"));
        editing.save(clientId, 0, PlanContent.EMPTY);
        navigate("clienten/" + clientId + "/plan");

        String text = PdfContent.text(PlanPdf.render(PlanPrintFactory.of(currentView(), clients.get(clientId),
                "Dorpsteam Heideveen", plans.plan(clientId), catalog.lifeAreas(), network.members(clientId),
                LocalDate.now(clock), plans.ownerPhone(clientId).orElse(null)), currentView()::getTranslation));

        assertThat(text).contains("Beste Gees,").contains("06 1234 5678").contains("Vragen? Bel");
        accounts.changeMyPhone(null);
    }

    @Test
    void a_phone_that_is_no_phone_is_refused_and_none_removes_it() {
        login("leefcoach");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.changeMyPhone("bel me maar"))
                .hasMessageContaining("error.phone.invalid");
        assertThat(accounts.changeMyPhone("  ").phone()).isNull();
    }
}
