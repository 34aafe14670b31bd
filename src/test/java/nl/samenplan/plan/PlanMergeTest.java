package nl.samenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanContent.GoalItem;
import nl.samenplan.plan.PlanMerge.Choice;
import org.junit.jupiter.api.Test;

class PlanMergeTest {

    private static final GoalItem HOME = new GoalItem("g1", 1L, "Thuis blijven wonen");
    private static final AgreementItem SHOPPING = agreement("a1", "Boodschappen", "Dochter");
    private static final PlanContent BASE = new PlanContent("Ik kook zelf", "Vervoer", "Ik wandel",
            Map.of(1L, 5, 2L, 6), List.of(HOME), List.of(SHOPPING), null, null, LocalDate.of(2027, 3, 1));

    @Test
    void changes_to_different_parts_merge_without_asking() {
        PlanContent mine = BASE.withAgreements(List.of(SHOPPING, agreement("nieuw-1", "Wondzorg", "Thuiszorg")));
        PlanContent theirs = new PlanContent("Ik kook zelf", "Vervoer en gezelschap", "Ik wandel", Map.of(1L, 5, 2L, 8),
                List.of(HOME, new GoalItem("g2", 2L, "Minder eenzaam")), List.of(SHOPPING), null, null,
                LocalDate.of(2027, 3, 1));

        PlanMerge.Result result = PlanMerge.merge(BASE, mine, theirs, Map.of());

        assertThat(result.clean()).isTrue();
        PlanContent merged = result.merged();
        assertThat(merged.answerNeeds()).isEqualTo("Vervoer en gezelschap");
        assertThat(merged.scores()).containsEntry(2L, 8);
        assertThat(merged.goals()).extracting(GoalItem::key).containsExactly("g1", "g2");
        assertThat(merged.agreements()).extracting(AgreementItem::what).containsExactly("Boodschappen", "Wondzorg");
    }

    @Test
    void an_agreement_the_person_did_not_touch_is_never_removed_by_their_save() {
        AgreementItem matched = agreement("a9", "Vervoer naar de fysio", "Harm Bosch").withVolunteer(4L).withNeed(12L);
        PlanContent theirs = BASE.withAgreements(List.of(SHOPPING, matched));
        PlanContent mine = new PlanContent("Ik kook zelf, eenvoudig", "Vervoer", "Ik wandel", Map.of(1L, 5, 2L, 6),
                List.of(HOME), List.of(SHOPPING), null, null, LocalDate.of(2027, 3, 1));

        PlanMerge.Result result = PlanMerge.merge(BASE, mine, theirs, Map.of());

        assertThat(result.clean()).isTrue();
        assertThat(result.merged().agreements()).containsExactly(SHOPPING, matched);
        assertThat(result.merged().answerCanDoSelf()).isEqualTo("Ik kook zelf, eenvoudig");
    }

    @Test
    void the_same_change_on_both_sides_is_no_conflict() {
        PlanContent both = new PlanContent("Ik kook zelf", "Vervoer", "Ik wandel", Map.of(1L, 7, 2L, 6), List.of(HOME),
                List.of(SHOPPING), null, null, LocalDate.of(2027, 3, 1));
        assertThat(PlanMerge.merge(BASE, both, both, Map.of()).clean()).isTrue();
    }

    @Test
    void only_a_part_both_changed_differently_asks_with_both_values() {
        PlanContent mine = new PlanContent("Ik kook zelf", "Vervoer naar de markt", "Ik wandel", Map.of(1L, 5, 2L, 6),
                List.of(new GoalItem("g1", 1L, "In mijn eigen huis blijven")), List.of(SHOPPING), null, null,
                LocalDate.of(2027, 3, 1));
        PlanContent theirs = new PlanContent("Ik kook zelf", "Vervoer naar het ziekenhuis", "Ik wandel",
                Map.of(1L, 5, 2L, 6), List.of(HOME), List.of(SHOPPING), null, null, LocalDate.of(2027, 3, 1));

        PlanMerge.Result result = PlanMerge.merge(BASE, mine, theirs, Map.of());

        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("answerNeeds");
            assertThat(c.mine()).isEqualTo("Vervoer naar de markt");
            assertThat(c.theirs()).isEqualTo("Vervoer naar het ziekenhuis");
        });
    }

    @Test
    void a_choice_per_part_settles_the_conflict_and_keeps_everything_else_merged() {
        PlanContent mine = new PlanContent("Ik kook zelf", "Vervoer naar de markt", "Ik wandel", Map.of(1L, 5, 2L, 6),
                List.of(HOME), List.of(SHOPPING), null, null, LocalDate.of(2027, 3, 1));
        PlanContent theirs = new PlanContent("Ik kook zelf", "Vervoer naar het ziekenhuis", "Ik fiets",
                Map.of(1L, 5, 2L, 6), List.of(HOME), List.of(SHOPPING), null, null, LocalDate.of(2027, 3, 1));

        PlanContent mineWins = PlanMerge.merge(BASE, mine, theirs, Map.of("answerNeeds", Choice.MINE)).merged();
        PlanContent theirsWin = PlanMerge.merge(BASE, mine, theirs, Map.of("answerNeeds", Choice.THEIRS)).merged();

        assertThat(mineWins.answerNeeds()).isEqualTo("Vervoer naar de markt");
        assertThat(theirsWin.answerNeeds()).isEqualTo("Vervoer naar het ziekenhuis");
        assertThat(mineWins.answerWillDo()).isEqualTo("Ik fiets");
    }

    @Test
    void changing_an_agreement_that_the_other_removed_is_a_conflict_not_a_silent_loss() {
        AgreementItem changed = agreement("a1", "Boodschappen op zaterdag", "Dochter");
        PlanContent mine = BASE.withAgreements(List.of(changed));
        PlanContent theirs = BASE.withAgreements(List.of());

        PlanMerge.Result result = PlanMerge.merge(BASE, mine, theirs, Map.of());

        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("agreement:a1");
            assertThat(c.mine()).isEqualTo(changed);
            assertThat(c.theirs()).isNull();
        });
        assertThat(PlanMerge.merge(BASE, mine, theirs, Map.of("agreement:a1", Choice.MINE)).merged().agreements())
                .containsExactly(changed);
    }

    @Test
    void removing_what_the_other_did_not_change_just_removes_it() {
        PlanContent mine = BASE.withAgreements(List.of());
        PlanContent theirs = new PlanContent("Ik kook zelf", "Vervoer", "Ik wandel, elke dag", Map.of(1L, 5, 2L, 6),
                List.of(HOME), List.of(SHOPPING), null, null, LocalDate.of(2027, 3, 1));

        PlanMerge.Result result = PlanMerge.merge(BASE, mine, theirs, Map.of());

        assertThat(result.clean()).isTrue();
        assertThat(result.merged().agreements()).isEmpty();
        assertThat(result.merged().answerWillDo()).isEqualTo("Ik wandel, elke dag");
    }

    @Test
    void an_approval_given_meanwhile_is_not_a_change_of_what_was_agreed() {
        AgreementItem care = professional("a5", "Huishoudelijke hulp", null);
        AgreementItem approved = professional("a5", "Huishoudelijke hulp", PlanContent.ApprovalState.GOEDGEKEURD);
        PlanContent base = BASE.withAgreements(List.of(care));
        PlanContent theirs = BASE.withAgreements(List.of(approved));
        PlanContent mine = new PlanContent("Ik kook zelf", "Vervoer", "Ik wandel", Map.of(1L, 5, 2L, 6), List.of(HOME),
                List.of(care), LocalDate.of(2026, 12, 1), "De cliënt en zijn dochter", LocalDate.of(2027, 3, 1));

        PlanMerge.Result result = PlanMerge.merge(base, mine, theirs, Map.of());

        assertThat(result.clean()).isTrue();
        assertThat(result.merged().agreements()).containsExactly(approved);
        assertThat(result.merged().agreedWith()).isEqualTo("De cliënt en zijn dochter");
    }

    @Test
    void a_goal_removed_by_one_while_the_other_links_a_new_agreement_to_it_is_asked() {
        PlanContent mine = BASE.withAgreements(List.of(SHOPPING, agreement("nieuw-2", "Koffie", "Buurvrouw")
                .withGoal("g1")));
        PlanContent theirs = new PlanContent("Ik kook zelf", "Vervoer", "Ik wandel", Map.of(1L, 5, 2L, 6), List.of(),
                List.of(SHOPPING), null, null, LocalDate.of(2027, 3, 1));

        PlanMerge.Result asked = PlanMerge.merge(BASE, mine, theirs, Map.of());
        PlanMerge.Result keptGoal = PlanMerge.merge(BASE, mine, theirs, Map.of("goal:g1", Choice.MINE));
        PlanMerge.Result droppedGoal = PlanMerge.merge(BASE, mine, theirs, Map.of("goal:g1", Choice.THEIRS));

        assertThat(asked.conflicts()).extracting(PlanMerge.Conflict::id).containsExactly("goal:g1");
        assertThat(keptGoal.merged().goals()).containsExactly(HOME);
        assertThat(keptGoal.merged().agreements().get(1).goalKey()).isEqualTo("g1");
        assertThat(droppedGoal.merged().goals()).isEmpty();
        assertThat(droppedGoal.merged().agreements().get(1).goalKey()).isNull();
    }

    @Test
    void blanks_and_surrounding_spaces_are_no_change() {
        PlanContent mine = new PlanContent("Ik kook zelf  ", "Vervoer", "Ik wandel", Map.of(1L, 5, 2L, 6), List.of(HOME),
                List.of(SHOPPING), null, "  ", LocalDate.of(2027, 3, 1));
        PlanContent theirs = new PlanContent("Ik kook niet meer", "Vervoer", "Ik wandel", Map.of(1L, 5, 2L, 6),
                List.of(HOME), List.of(SHOPPING), null, null, LocalDate.of(2027, 3, 1));
        PlanMerge.Result result = PlanMerge.merge(BASE, mine, theirs, Map.of());
        assertThat(result.clean()).isTrue();
        assertThat(result.merged().answerCanDoSelf()).isEqualTo("Ik kook niet meer");
    }

    private static AgreementItem agreement(String key, String what, String provider) {
        return new AgreementItem(key, what, 1L, SupportRung.VRIJWILLIGERS, null, provider, null, "wekelijks", null,
                null, null, null);
    }

    private static AgreementItem professional(String key, String what, PlanContent.ApprovalState approval) {
        return new AgreementItem(key, what, 2L, SupportRung.PROFESSIONELE_ZORG, null, "Thuiszorg Zuid", "Thuiszorg",
                null, null, null, FundingDomain.WMO, null, "Geen vrijwilliger", approval, "Sanne Mulder", null, null,
                null, null, null, null, null);
    }
}
