package nl.samenplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.plan.PlanApprovals;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding 7: the client's status and domains follow the plan; the two consents read as two things. */
class StatusFollowsPlanTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private PlanApprovals approvals;
    @Autowired
    private CatalogService catalog;

    @Test
    void a_registered_client_becomes_active_when_the_plan_is_agreed_and_the_domains_are_those_of_its_care() {
        login("wijkverpleegkundige");
        long clientId = registered("Smit");
        PlanContent draft = plan(List.of(professional("Steunkousen", "Persoonlijke verzorging", FundingDomain.ZVW),
                professional("Huishoudelijke hulp", "Huishouden", FundingDomain.WMO)), null, null);
        int revision = editing.save(clientId, 0, draft).plan().revisionNo();

        assertThat(clients.get(clientId).data().status()).as("not agreed yet").isEqualTo(ClientStatus.AANGEMELD);
        assertThat(clients.get(clientId).fundingDomains()).as("Zvw indicated, Wmo waiting")
                .containsExactlyInAnyOrder(FundingDomain.ZVW, FundingDomain.WMO);

        PlanContent saved = plans.plan(clientId).content();
        editing.save(clientId, revision, plan(saved.agreements(), LocalDate.now(clock), "Geesje en dochter Els"));
        assertThat(clients.get(clientId).data().status()).isEqualTo(ClientStatus.ACTIEF);

        login("leefcoach");
        long household = approvals.pendingApprovals().stream().filter(p -> p.clientId() == clientId).findFirst()
                .orElseThrow().agreementId();
        approvals.decide(household, false, "Eerst de buurvrouw vragen");
        assertThat(clients.get(clientId).fundingDomains()).as("refused care involves no domain")
                .containsExactly(FundingDomain.ZVW);
    }

    @Test
    void a_closed_client_stays_closed_and_a_form_cannot_type_domains() {
        login("leefcoach");
        long clientId = registered("Dicht");
        var details = clients.get(clientId);
        ClientData d = details.data();
        clients.update(clientId, details.version(), new ClientData(d.firstName(), d.lastName(), d.dateOfBirth(),
                d.address(), d.postcode(), d.village(), d.phone(), d.email(), ClientStatus.AFGESLOTEN,
                Set.of(FundingDomain.WLZ), d.importantToMe(), d.callName()));
        assertThat(clients.get(clientId).fundingDomains()).as("a form's domains are ignored").isEmpty();
        assertThatThrownBy(() -> editing.save(clientId, 0, plan(List.of(), LocalDate.now(clock), "Geesje")))
                .as("a closed file is read-only: an agreed plan cannot make it active again")
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.client.closed"));
        assertThat(clients.get(clientId).data().status()).isEqualTo(ClientStatus.AFGESLOTEN);
    }

    @Test
    void the_overzicht_tells_the_agreement_with_the_plan_and_the_consent_to_share_apart() {
        login("leefcoach");
        long clientId = registered("Twee");
        editing.save(clientId, 0, plan(List.of(), LocalDate.of(2026, 11, 30), "Geesje en dochter Els"));
        navigate("clienten/" + clientId + "/overzicht");

        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-consent")).getText())
                .isEqualTo("Instemming met het plan: de cliënt stemde in op 30-11-2026, met Geesje en dochter Els.");
        String who = com.github.mvysny.kaributesting.v10.LocatorJ._find(Section.class, spec -> spec.withClasses("card"))
                .get(0).getElement().getTextRecursively();
        assertThat(who).contains("nog geen: het plan heeft geen professionele zorg").doesNotContain("stemde in");
        String consent = _get(Section.class, spec -> spec.withId("consent")).getElement().getTextRecursively();
        assertThat(consent).contains("Het team: geen toestemming. Deel geen gegevens met hen.")
                .doesNotContain("stemde in");
    }

    private long registered(String lastName) {
        return clients.create(new ClientData("Geesje", lastName + System.nanoTime() % 100000, LocalDate.of(1941, 3, 2),
                "Dorpsstraat 3", "7913 KH", "Heideveen", null, null, ClientStatus.AANGEMELD, Set.of(), null, null));
    }

    private AgreementItem professional(String what, String category, FundingDomain domain) {
        long categoryId = catalog.needCategories().stream().filter(c -> c.name().equals(category)).findFirst()
                .orElseThrow().id();
        return new AgreementItem(null, what, categoryId, SupportRung.PROFESSIONELE_ZORG, null, "Thuiszorg Noord",
                "Thuiszorg Noord", "Wekelijks", LocalDate.now(clock), null, domain, null)
                .withEscalationReason("Geen vrijwilliger of algemene voorziening in het dorp.");
    }

    private static PlanContent plan(List<AgreementItem> agreements, LocalDate agreedOn, String agreedWith) {
        return new PlanContent(null, null, null, null, null, agreements, agreedOn, agreedWith, null);
    }
}
