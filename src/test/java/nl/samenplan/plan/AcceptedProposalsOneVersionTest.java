package nl.samenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** Finding 11: accepting proposals in a row is one version of the plan, and no concurrent save loses one. */
class AcceptedProposalsOneVersionTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private CatalogService catalog;

    @Test
    void three_proposals_accepted_in_a_row_are_one_version_and_a_later_one_is_the_next() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Reeks");
        editing.save(clientId, 0, PlanContent.EMPTY.withAgreements(List.of()));
        editing.addAgreement(clientId, self("Boodschappen lijstje maken"));
        clock.advance(Duration.ofSeconds(40));
        editing.addAgreement(clientId, self("Zelf koken op zondag"));
        clock.advance(Duration.ofSeconds(40));
        editing.addAgreement(clientId, self("Wandelen met de buurman"));

        var versions = plans.revisions(clientId, Pageable.unpaged()).getContent();
        assertThat(versions).extracting(PlanService.RevisionRow::revisionNo).containsExactly(4, 1);
        assertThat(versions.get(0).summary()).as("one version with three agreements added")
                .isEqualTo("plan.change.agreements.added|3");
        assertThat(plans.plan(clientId).content().agreements()).hasSize(3);

        clock.advance(Duration.ofMinutes(3));
        editing.addAgreement(clientId, self("Krant lezen"));
        assertThat(plans.revisions(clientId, Pageable.unpaged()).getContent())
                .extracting(PlanService.RevisionRow::revisionNo).containsExactly(5, 4, 1);
    }

    @Test
    void another_persons_accept_is_its_own_version_and_a_save_on_an_older_version_keeps_every_accepted_agreement() {
        login("leefcoach");
        long clientId = Fixtures.newClient(clients, "Samen");
        int opened = editing.save(clientId, 0, PlanContent.EMPTY).plan().revisionNo();
        editing.addAgreement(clientId, self("Eerste"));
        as("dorpsregisseur", () -> editing.addAgreement(clientId, self("Tweede")));
        assertThat(plans.revisions(clientId, Pageable.unpaged()).getContent())
                .extracting(PlanService.RevisionRow::revisionNo).containsExactly(3, 2, 1);

        editing.addAgreement(clientId, self("Derde"));
        PlanContent mine = new PlanContent("Ik kan zelf nog koken", null, null, null, null, List.of(), null, null,
                null);
        PlanEditing.Saved saved = editing.save(clientId, opened, mine);

        assertThat(saved.merged()).as("an older version is merged, never taken as it is").isTrue();
        assertThat(saved.plan().content().agreements()).extracting(PlanContent.AgreementItem::what)
                .containsExactlyInAnyOrder("Eerste", "Tweede", "Derde");
    }

    @Test
    void the_summaries_of_one_version_count_the_same_change_together() {
        assertThat(PlanRevisions.join("plan.change.agreements.added|1;plan.change.answers", "plan.change.agreements.added|2"))
                .isEqualTo("plan.change.agreements.added|3;plan.change.answers");
        assertThat(PlanRevisions.join("plan.change.agreements.added|1", "plan.change.agreements.added|1"))
                .isEqualTo("plan.change.agreements.added|2");
        assertThat(PlanRevisions.join("plan.change.scores|Wonen", "plan.change.scores|Gezondheid"))
                .isEqualTo("plan.change.scores|Wonen, Gezondheid");
        assertThat(PlanRevisions.join(null, "plan.change.answerNeeds")).isEqualTo("plan.change.answerNeeds");
    }

    private PlanContent.AgreementItem self(String what) {
        return new PlanContent.AgreementItem(null, what, catalog.needCategories().get(0).id(), SupportRung.ZELF, null,
                null, null, null, null, null, null, null);
    }
}
