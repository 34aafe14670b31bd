package nl.samenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanContent.GoalItem;
import org.junit.jupiter.api.Test;

class PlanChangesTest {

    private static final Map<Long, String> AREAS = Map.of(1L, "Wonen", 2L, "Gezondheid");

    @Test
    void nothing_changed_says_nothing() {
        PlanContent plan = new PlanContent("a", "b", "c", Map.of(1L, 5), List.of(), List.of(), null, null, null);
        assertThat(PlanChanges.between(plan, plan, AREAS)).isEmpty();
    }

    @Test
    void changed_answers_scores_goals_and_agreements_are_named() {
        PlanContent before = new PlanContent("a", "b", "c", Map.of(1L, 5, 2L, 3),
                List.of(new GoalItem("g1", 1L, "Blijven wonen")),
                List.of(agreement("a1", "Boodschappen"), agreement("a2", "Vervoer")), null, null, null);
        PlanContent after = new PlanContent("a", "anders", "c", Map.of(1L, 5, 2L, 4),
                List.of(new GoalItem("g1", 1L, "Blijven wonen"), new GoalItem("g2", 2L, "Fitter")),
                List.of(agreement("a1", "Boodschappen doen")), null, null, null);
        assertThat(PlanChanges.between(before, after, AREAS)).containsExactly("plan.change.answerNeeds",
                "plan.change.scores|Gezondheid", "plan.change.goals.added|1", "plan.change.agreements.changed|1",
                "plan.change.agreements.removed|1");
    }

    private static AgreementItem agreement(String key, String what) {
        return new AgreementItem(key, what, 1L, SupportRung.ZELF, null, null, null, null, null, null, null, null);
    }
}
