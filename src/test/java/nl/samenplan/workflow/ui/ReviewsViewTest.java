package nl.samenplan.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Step down: professional care no longer than necessary. */
class ReviewsViewTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private PlanService plans;
    @Autowired
    private nl.samenplan.plan.PlanEditing editing;

    @Test
    void at_its_review_date_professional_care_is_stepped_down_to_a_neighbour_who_can_do_it_now() {
        login("leefcoach");
        long shopping = category("Boodschappen");
        long clientId = clientWithProfessionalCare(shopping);
        long neighbour = Fixtures.member(network, clientId, "Buurvrouw Herzien", Relation.BUUR, false, null,
                Set.of(shopping));
        untilTheReviewDate();
        navigate("te-herzien");
        long agreementId = Long.parseLong(plans.plan(clientId).content().agreements().get(0).key().substring(1));
        assertThat(_get(Div.class, spec -> spec.withId("review-" + agreementId)).getElement().getTextRecursively())
                .contains("Buurvrouw Herzien");

        _click(_get(Button.class, spec -> spec.withId("review-step-down-" + agreementId + "-1")));

        var agreements = plans.plan(clientId).content().agreements();
        assertThat(agreements).hasSize(1);
        assertThat(agreements.get(0).rung()).isEqualTo(SupportRung.EIGEN_NETWERK);
        assertThat(agreements.get(0).networkMemberId()).isEqualTo(neighbour);
    }

    @Test
    void continuing_sets_a_new_review_date_and_stopping_ends_the_care() {
        login("leefcoach");
        long categoryId = category("Huishouden");
        long continued = clientWithProfessionalCare(categoryId);
        long stopped = clientWithProfessionalCare(categoryId);
        untilTheReviewDate();
        navigate("te-herzien");
        _click(_get(Button.class, spec -> spec.withId("review-continue-" + agreementId(continued))));
        assertThat(plans.plan(continued).content().agreements().get(0).reviewDate())
                .isEqualTo(LocalDate.now(clock).plusMonths(3));

        _click(_get(Button.class, spec -> spec.withId("review-stop-" + agreementId(stopped))));
        assertThat(plans.plan(stopped).content().agreements()).as("not before it is confirmed").hasSize(1);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                        spec -> spec.withId("review-stop-confirm"));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(plans.plan(stopped).content().agreements()).isEmpty();
    }

    /** Approved care comes back for review after three months (the setting): a day past that. */
    private void untilTheReviewDate() {
        clock.advance(java.time.Duration.ofDays(93));
    }

    private long agreementId(long clientId) {
        return Long.parseLong(plans.plan(clientId).content().agreements().get(0).key().substring(1));
    }

    private long clientWithProfessionalCare(long categoryId) {
        long clientId = Fixtures.newClient(clients, "Herzien");
        AgreementItem care = new AgreementItem(null, "Thuishulp", categoryId, SupportRung.PROFESSIONELE_ZORG, null,
                "Thuishulp Noord", "Thuishulp Noord", "Wekelijks", null, null, FundingDomain.WMO, null)
                .withEscalationReason("Niemand anders kon het.");
        editing.save(clientId, 0, new PlanContent(null, null, null, null, null, List.of(care), null, null, null));
        return clientId;
    }

    private long category(String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
