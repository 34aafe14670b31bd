package nl.samenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanContent.GoalItem;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Set<Long> AREAS = Set.of(1L, 2L);
    private static final Set<Long> CATEGORIES = Set.of(10L, 11L);
    private static final Set<Long> MEMBERS = Set.of(100L);
    private static final Set<Long> PROFESSIONAL = Set.of(11L);

    @Test
    void a_complete_plan_has_no_problems() {
        PlanContent plan = plan(List.of(new GoalItem("g1", 1L, "Weer fietsen")),
                List.of(agreement(SupportRung.ZELF, null, null, null, "g1"),
                        agreement(SupportRung.EIGEN_NETWERK, 100L, null, null, null),
                        agreement(SupportRung.VRIJWILLIGERS, null, "Gerrit", null, null),
                        agreement(SupportRung.PROFESSIONELE_ZORG, null, "Wijkverpleging", FundingDomain.ZVW, "g1")
                                .withEscalationReason("Geen vrijwilliger voor persoonlijke verzorging")));
        assertThat(PlanRules.check(plan, AREAS, CATEGORIES, PROFESSIONAL, MEMBERS, TODAY)).isEmpty();
    }

    @Test
    void professional_care_needs_a_funding_domain() {
        assertThat(keys(plan(List.of(), List.of(agreement(SupportRung.PROFESSIONELE_ZORG, null, "Wijkverpleging",
                null, null).withEscalationReason("Geen vrijwilliger"))))).containsExactly("error.agreement.fundingDomain");
    }

    @Test
    void professional_care_needs_a_reason_why_the_lower_rungs_are_not_enough() {
        assertThat(keys(plan(List.of(), List.of(agreement(SupportRung.PROFESSIONELE_ZORG, null, "Wijkverpleging",
                FundingDomain.ZVW, null))))).containsExactly("error.agreement.escalationReason");
    }

    @Test
    void professional_by_nature_needs_no_reason() {
        AgreementItem wound = new AgreementItem(null, "Wondzorg", 11L, SupportRung.PROFESSIONELE_ZORG, null,
                "Wijkverpleging", null, null, null, null, FundingDomain.ZVW, null);
        assertThat(keys(plan(List.of(), List.of(wound)))).isEmpty();
    }

    @Test
    void help_from_the_network_names_someone_from_this_clients_network() {
        assertThat(keys(plan(List.of(), List.of(agreement(SupportRung.EIGEN_NETWERK, 999L, null, null, null)))))
                .containsExactly("error.agreement.networkMember");
    }

    @Test
    void a_volunteer_general_provision_or_professional_is_named() {
        assertThat(keys(plan(List.of(), List.of(agreement(SupportRung.ALGEMENE_VOORZIENINGEN, null, " ", null,
                null))))).containsExactly("error.agreement.provider");
    }

    @Test
    void scores_lie_between_0_and_10() {
        PlanContent plan = new PlanContent(null, null, null, Map.of(1L, 11), List.of(), List.of(), null, null, null);
        assertThat(keys(plan)).containsExactly("error.plan.scoreRange");
    }

    @Test
    void an_agreement_cannot_point_at_a_goal_that_is_not_in_the_plan() {
        assertThat(keys(plan(List.of(), List.of(agreement(SupportRung.ZELF, null, null, null, "g-weg")))))
                .containsExactly("error.agreement.goal");
    }

    @Test
    void the_review_comes_after_the_clients_agreement_which_is_not_in_the_future() {
        PlanContent tooEarly = new PlanContent(null, null, null, Map.of(), List.of(), List.of(), TODAY, null,
                TODAY.minusDays(1));
        assertThat(keys(tooEarly)).containsExactly("error.plan.reviewBeforeAgreement");
        PlanContent future = new PlanContent(null, null, null, Map.of(), List.of(), List.of(), TODAY.plusDays(1),
                null, TODAY.plusMonths(3));
        assertThat(keys(future)).containsExactly("error.plan.agreedOnFuture");
    }

    @Test
    void problems_name_the_goal_or_agreement_by_its_number() {
        var problems = PlanRules.check(plan(List.of(new GoalItem("g1", 1L, "ok"), new GoalItem("g2", 1L, " ")),
                List.of()), AREAS, CATEGORIES, PROFESSIONAL, MEMBERS, TODAY);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).params()).containsExactly(2);
    }

    private static List<String> keys(PlanContent plan) {
        return PlanRules.check(plan, AREAS, CATEGORIES, PROFESSIONAL, MEMBERS, TODAY).stream().map(PlanRules.Problem::key).toList();
    }

    private static PlanContent plan(List<GoalItem> goals, List<AgreementItem> agreements) {
        return new PlanContent("Zelf", "Hulp", "Samen", Map.of(1L, 6, 2L, 4), goals, agreements, TODAY.minusDays(1),
                "De cliënt", TODAY.plusMonths(3));
    }

    private static AgreementItem agreement(SupportRung rung, Long member, String provider, FundingDomain domain,
            String goal) {
        return new AgreementItem(null, "Iets doen", 10L, rung, member, provider, null, "Wekelijks", null, null, domain,
                goal);
    }
}
