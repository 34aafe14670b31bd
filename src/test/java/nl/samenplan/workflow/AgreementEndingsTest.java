package nl.samenplan.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** An agreement that met a need and runs out on its end date opens the need again, the night after. */
class AgreementEndingsTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private NeedService needs;
    @Autowired
    private NeedSignals signals;
    @Autowired
    private AgreementEndings endings;
    @Autowired
    private AuditLog auditLog;

    @Test
    void a_need_opens_again_the_night_after_its_agreement_ended_and_the_plan_owner_is_told() {
        login("leefcoach");
        long clientId = clientWithMetNeed("Boodschappen op dinsdag");
        long needId = needs.needs(clientId).get(0).id();
        endAgreementOn(clientId, LocalDate.now(clock).plusDays(2));

        assertThat(endings.run()).as("still in force: nothing opens").isZero();
        assertThat(needs.needs(clientId).get(0).metOn()).isEqualTo(SupportRung.ZELF);

        clock.advance(Duration.ofDays(3));
        assertThat(endings.run()).isEqualTo(1);
        assertThat(needs.needs(clientId).get(0).metOn()).as("open again").isNull();
        assertThat(signals.mine()).anySatisfy(r -> {
            assertThat(r.needId()).isEqualTo(needId);
            assertThat(r.by()).as("nobody removed it: it ran out").isNull();
        });
        assertThat(auditLog.history(clientId, PageRequest.of(0, 5)).getContent().get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("history.need.ended");
            assertThat(e.actorName()).isEqualTo("Samenplan");
        });
        navigate("clienten");
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("reopened-needs"))
                .getElement().getTextRecursively()).contains("Boodschappen op dinsdag", "is afgelopen");

        assertThat(endings.run()).as("the next night: open already, nothing twice").isZero();
    }

    @Test
    void a_need_met_again_after_the_agreement_ended_stays_met() {
        login("leefcoach");
        long clientId = clientWithMetNeed("Gezelschap op zondag");
        clock.advance(Duration.ofDays(3)); // agreed (from that day on) three days ago
        endAgreementOn(clientId, LocalDate.now(clock).minusDays(1)); // ended yesterday: it left the plan on save
        long needId = needs.needs(clientId).get(0).id();
        assertThat(needs.needs(clientId).get(0).metOn()).as("opened on the save").isNull();
        needs.accept(needId, needs.route(needId).proposals().stream().filter(p -> p.rung() == SupportRung.ZELF)
                .findFirst().orElseThrow());

        endings.run();

        assertThat(needs.needs(clientId).get(0).metOn()).as("the new agreement answers it").isEqualTo(SupportRung.ZELF);
    }

    private long clientWithMetNeed(String what) {
        long clientId = clients.create(new ClientData("Hendrikje", "Einde" + System.nanoTime(), LocalDate.of(1939, 5, 6),
                "Esweg 2", "7913 AB", "Heideveen", null, null, ClientStatus.ACTIEF, Set.of(), null, null));
        editing.save(clientId, 0, new PlanContent(null, what, null, null, List.of(), List.of(), null, null, null));
        long category = catalog.needCategories().get(0).id();
        long needId = needs.record(clientId, new NeedData(category, what, "dinsdag", null, Urgency.NORMAAL,
                NeedSource.CLIENT, true));
        needs.accept(needId, needs.route(needId).proposals().stream().filter(p -> p.rung() == SupportRung.ZELF)
                .findFirst().orElseThrow());
        return clientId;
    }

    /** The plan owner gives the agreement an end date in the plan form. */
    private void endAgreementOn(long clientId, LocalDate end) {
        var current = plans.plan(clientId);
        editing.save(clientId, current.revisionNo(), current.content().withAgreements(current.content().agreements()
                .stream().map(a -> new PlanContent.AgreementItem(a.key(), a.what(), a.needCategoryId(), a.rung(),
                        a.networkMemberId(), a.providerName(), a.organisation(), a.frequency(), a.startDate(), end,
                        a.fundingDomain(), a.goalKey())).toList()));
    }
}
