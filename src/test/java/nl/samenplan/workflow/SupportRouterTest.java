package nl.samenplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.samenplan.plan.SupportRung;
import org.junit.jupiter.api.Test;

class SupportRouterTest {

    private static final long BOODSCHAPPEN = 2L;
    private static final NeedFacts SHOPPING = new NeedFacts(BOODSCHAPPEN, "Boodschappen", false, "Heideveen", false);
    private final SupportRouter router = new SupportRouter(7);

    private static Candidates.NetworkMember member(String name, String relation, boolean caregiver, Integer burden) {
        return new Candidates.NetworkMember(name.length(), name, relation, Set.of(BOODSCHAPPEN), "di/do", caregiver,
                burden);
    }

    @Test
    void a_fitting_neighbour_is_proposed_before_volunteers_and_professional_care() {
        Routing routing = router.route(SHOPPING, List.of(member("Jan", "buurman", false, null)),
                List.of(new Candidates.Volunteer(1, "Gerrit", Set.of(BOODSCHAPPEN), Set.of("Heideveen"), "ma",
                        false, false)), List.of());

        assertThat(routing.lowestRung()).isEqualTo(SupportRung.EIGEN_NETWERK);
        assertThat(routing.proposals()).extracting(Proposal::rung).containsExactly(SupportRung.EIGEN_NETWERK,
                SupportRung.VRIJWILLIGERS, SupportRung.PROFESSIONELE_ZORG);
        assertThat(routing.first().orElseThrow().reason())
                .isEqualTo(Reason.of("workflow.proposed.network.when", "buurman", "Jan", "Boodschappen", "di/do"));
    }

    @Test
    void without_the_clients_consent_for_volunteers_a_volunteer_is_proposed_only_as_needing_it_and_the_router_says_why() {
        NeedFacts noConsent = new NeedFacts(BOODSCHAPPEN, "Boodschappen", false, "Heideveen", false, false);
        Routing routing = router.route(noConsent, List.of(), List.of(new Candidates.Volunteer(1, "Gerrit",
                Set.of(BOODSCHAPPEN), Set.of("Heideveen"), "ma", false, false)), List.of());

        assertThat(routing.proposals()).extracting(Proposal::rung).containsExactly(SupportRung.VRIJWILLIGERS,
                SupportRung.PROFESSIONELE_ZORG);
        assertThat(routing.proposals().get(0).needsConsent()).as("asked at the table first").isTrue();
        assertThat(routing.passedOver()).containsExactly(Reason.of("workflow.passed.noVolunteerConsent"));
        assertThat(routing.escalationReasons()).contains(Reason.of("workflow.escalation.noVolunteerConsent"))
                .doesNotContain(Reason.of("workflow.escalation.noVolunteer", "Boodschappen", "Heideveen"));
    }

    @Test
    void a_volunteer_who_misses_an_asked_day_is_proposed_with_the_days_he_does_not_cover() {
        Routing routing = router.route(SHOPPING, List.of(), List.of(new Candidates.Volunteer(1, "Gerrit",
                Set.of(BOODSCHAPPEN), Set.of("Heideveen"), "di ochtend", false, false, "ma")), List.of());

        assertThat(routing.proposals().get(0).reason()).isEqualTo(Reason.of("workflow.proposed.volunteer.notCovered",
                "", "Gerrit", "Boodschappen", "di ochtend", "ma"));
    }

    @Test
    void overburdened_caregiver_is_not_proposed_and_the_reason_is_kept() {
        Routing routing = router.route(SHOPPING, List.of(member("Els", "dochter", true, 8)), List.of(), List.of());

        assertThat(routing.proposals()).noneMatch(p -> "Els".equals(p.candidateName()));
        assertThat(routing.passedOver()).containsExactly(Reason.of("workflow.passed.overburdened", "dochter", "Els", 8));
        assertThat(routing.escalationReasons()).contains(Reason.of("workflow.escalation.overburdened", "Els", 8));
    }

    @Test
    void a_volunteer_on_pause_or_at_the_weekly_maximum_is_not_proposed() {
        Routing routing = router.route(SHOPPING, List.of(), List.of(
                new Candidates.Volunteer(1, "Riek", Set.of(BOODSCHAPPEN), Set.of("Heideveen"), null, true, false),
                new Candidates.Volunteer(2, "Kees", Set.of(BOODSCHAPPEN), Set.of("Heideveen"), null, false, true)),
                List.of());

        assertThat(routing.proposals()).extracting(Proposal::rung).containsExactly(SupportRung.PROFESSIONELE_ZORG);
        assertThat(routing.passedOver()).containsExactly(Reason.of("workflow.passed.paused", "Riek"),
                Reason.of("workflow.passed.weeklyMaximum", "Kees"));
    }

    @Test
    void a_volunteer_of_another_village_is_not_proposed_and_the_escalation_says_so() {
        Routing routing = router.route(SHOPPING, List.of(), List.of(
                new Candidates.Volunteer(1, "Gerrit", Set.of(BOODSCHAPPEN), Set.of("Oosterzand"), null, false, false)),
                List.of());

        assertThat(routing.lowestRung()).isEqualTo(SupportRung.PROFESSIONELE_ZORG);
        assertThat(routing.escalationReasons()).containsExactly(
                Reason.of("workflow.escalation.noNetwork", "Boodschappen"),
                Reason.of("workflow.escalation.noVolunteer", "Boodschappen", "Heideveen"),
                Reason.of("workflow.escalation.noProvision", "Boodschappen", "Heideveen"));
        assertThat(routing.escalationNeedsReason()).isTrue();
    }

    @Test
    void when_several_network_members_fit_all_are_proposed_in_the_order_of_the_network() {
        Routing routing = router.route(SHOPPING, List.of(member("Jan", "buurman", false, null),
                member("Piet", "vriend", false, null), member("Els", "dochter", true, 6)), List.of(), List.of());
        assertThat(routing.proposals()).extracting(Proposal::candidateName).containsExactly("Jan", "Piet", "Els", null);
    }

    @Test
    void an_overburdened_only_child_leaves_the_network_rung_empty_and_both_reasons_are_given() {
        Routing routing = router.route(SHOPPING, List.of(member("Els", "dochter", true, 7)), List.of(), List.of());
        assertThat(routing.lowestRung()).isEqualTo(SupportRung.PROFESSIONELE_ZORG);
        assertThat(routing.escalationReasons()).startsWith(Reason.of("workflow.escalation.noNetwork", "Boodschappen"),
                Reason.of("workflow.escalation.overburdened", "Els", 7));
    }

    @Test
    void a_caregiver_just_below_the_threshold_is_still_proposed() {
        assertThat(router.route(SHOPPING, List.of(member("Els", "dochter", true, 6)), List.of(), List.of())
                .lowestRung()).isEqualTo(SupportRung.EIGEN_NETWERK);
    }

    @Test
    void the_client_comes_first_when_they_can_do_it_themselves() {
        NeedFacts canDo = new NeedFacts(BOODSCHAPPEN, "Boodschappen", false, "Heideveen", true);
        assertThat(router.route(canDo, List.of(member("Jan", "buurman", false, null)), List.of(), List.of())
                .lowestRung()).isEqualTo(SupportRung.ZELF);
    }

    @Test
    void a_general_provision_in_the_village_comes_before_professional_care() {
        Routing routing = router.route(SHOPPING, List.of(), List.of(), List.of(
                new Candidates.GeneralProvision(5, "Boodschappendienst Heideveen", Set.of(BOODSCHAPPEN), Set.of())));
        assertThat(routing.lowestRung()).isEqualTo(SupportRung.ALGEMENE_VOORZIENINGEN);
    }

    @Test
    void a_need_that_is_professional_by_nature_goes_straight_to_rung_4_without_a_reason() {
        NeedFacts wound = new NeedFacts(14L, "Wondzorg", true, "Heideveen", false);
        Routing routing = router.route(wound, List.of(member("Jan", "buurman", false, null)), List.of(), List.of());
        assertThat(routing.proposals()).extracting(Proposal::rung).containsExactly(SupportRung.PROFESSIONELE_ZORG);
        assertThat(routing.escalationNeedsReason()).isFalse();
    }
}
