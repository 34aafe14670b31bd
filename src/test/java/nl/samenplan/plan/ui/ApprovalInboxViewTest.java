package nl.samenplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanContent.ApprovalState;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.workflow.MdoData;
import nl.samenplan.workflow.MdoService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Doorzettingsmacht: who indicates which domain, the inbox, and the MDO before a nursing home. */
class ApprovalInboxViewTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private nl.samenplan.plan.PlanEditing editing;
    @Autowired
    private nl.samenplan.plan.PlanApprovals approvals;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private MdoService mdos;

    @Test
    void household_help_proposed_by_the_district_nurse_waits_until_the_leefcoach_approves_it_from_the_inbox() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Inbox");
        as("wijkverpleegkundige");
        editing.save(clientId, 0, plan(professional("Huishoudelijke hulp", "Huishouden", FundingDomain.WMO)));
        assertThat(agreement(clientId).approval()).isEqualTo(ApprovalState.TER_GOEDKEURING);
        assertThat(agreement(clientId).proposedBy()).isEqualTo("Fatma Yilmaz");

        login("leefcoach");
        navigate("goedkeuren");
        long agreementId = Long.parseLong(agreement(clientId).key().substring(1));
        assertThat(_get(Div.class, spec -> spec.withId("approval-" + agreementId)).getElement().getTextRecursively())
                .contains("Huishoudelijke hulp · Wmo", "Voorgesteld door Fatma Yilmaz", "Waarom niet lager: Geen vrijwilliger");
        _setValue(_get(TextField.class, spec -> spec.withId("approval-remark-" + agreementId)), "Voor drie maanden");
        _click(_get(Button.class, spec -> spec.withId("approve-" + agreementId)));

        AgreementItem approved = agreement(clientId);
        assertThat(approved.approval()).isEqualTo(ApprovalState.GOEDGEKEURD);
        assertThat(approved.decidedBy()).isEqualTo("Sanne Mulder");
        assertThat(approved.decidedOn()).isEqualTo(LocalDate.now());
        assertThat(approved.decisionRemark()).isEqualTo("Voor drie maanden");
        assertThat(approved.reviewDate()).isEqualTo(LocalDate.now().plusMonths(3));
        assertThat(_find(Div.class, spec -> spec.withId("approval-" + agreementId))).isEmpty();
        assertThat(plans.plan(clientId).revisionNo()).isEqualTo(2);
    }

    @Test
    void each_role_indicates_its_own_domain_at_once_and_not_another() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Domeinen");
        as("wijkverpleegkundige");
        editing.save(clientId, 0, plan(professional("Steunkousen", "Persoonlijke verzorging", FundingDomain.ZVW)));
        assertThat(agreement(clientId).approval()).as("Zvw by the district nurse").isEqualTo(ApprovalState.GOEDGEKEURD);

        long other = Fixtures.newClient(clients, "Domeinen");
        as("dorpsregisseur");
        editing.save(other, 0, plan(professional("Steunkousen", "Persoonlijke verzorging", FundingDomain.ZVW)));
        assertThat(agreement(other).approval()).as("Zvw by the dorpsregisseur").isEqualTo(ApprovalState.TER_GOEDKEURING);
        assertThat(approvals.pendingApprovals()).as("the dorpsregisseur's inbox holds no Zvw")
                .noneMatch(p -> p.clientId() == other);
        as("wijkverpleegkundige");
        assertThat(approvals.pendingApprovals()).anyMatch(p -> p.clientId() == other);
    }

    @Test
    void a_nursing_home_application_cannot_be_approved_before_an_mdo_of_the_last_90_days() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Verpleeghuis");
        as("dorpsregisseur");
        editing.save(clientId, 0, plan(professional("Aanvraag verpleeghuis", "Verpleeghuisopname", FundingDomain.WLZ)));

        login("leefcoach");
        navigate("goedkeuren");
        long agreementId = Long.parseLong(agreement(clientId).key().substring(1));
        assertThat(_get(Div.class, spec -> spec.withId("approval-" + agreementId)).getElement().getTextRecursively())
                .contains("pas na een MDO van hoogstens 90 dagen geleden");
        assertThat(_get(Button.class, spec -> spec.withId("approve-" + agreementId)).isEnabled()).isFalse();

        mdos.record(clientId, new MdoData(LocalDate.now().minusDays(10), "Huisarts, wijkverpleegkundige",
                "Thuis niet meer veilig", "Nachtzorg, dagbesteding"));
        navigate("goedkeuren");
        _click(_get(Button.class, spec -> spec.withId("approve-" + agreementId)));
        assertThat(agreement(clientId).approval()).isEqualTo(ApprovalState.GOEDGEKEURD);
    }

    private AgreementItem agreement(long clientId) {
        return plans.plan(clientId).content().agreements().get(0);
    }

    private AgreementItem professional(String what, String category, FundingDomain domain) {
        long categoryId = catalog.needCategories().stream().filter(c -> c.name().equals(category)).findFirst()
                .orElseThrow().id();
        return new AgreementItem(null, what, categoryId, SupportRung.PROFESSIONELE_ZORG, null, "Thuiszorg Noord",
                "Thuiszorg Noord", "Wekelijks", null, null, domain, null)
                .withEscalationReason("Geen vrijwilliger of algemene voorziening in het dorp.");
    }

    private static PlanContent plan(AgreementItem agreement) {
        return new PlanContent(null, null, null, null, null, List.of(agreement), null, null, null);
    }

    private void as(String username) {
        var user = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
