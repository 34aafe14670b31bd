package nl.samenplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenplan.catalog.FundingDomain;

/**
 * The whole plan as one document: what the editor edits, what a save sends, and what each revision
 * keeps (as JSON). Goals and agreements carry a key: "g12"/"a34" for saved ones, anything else for new
 * ones; an agreement names its goal by the goal's key.
 */
public record PlanContent(String answerCanDoSelf, String answerNeeds, String answerWillDo,
        Map<Long, Integer> scores, List<GoalItem> goals, List<AgreementItem> agreements, LocalDate agreedOn,
        String agreedWith, LocalDate reviewDate) {

    public static final PlanContent EMPTY = new PlanContent(null, null, null, Map.of(), List.of(), List.of(), null,
            null, null);

    public PlanContent {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        goals = goals == null ? List.of() : List.copyOf(goals);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    /** A goal in the client's own words, in one life area. */
    public record GoalItem(String key, Long lifeAreaId, String text) {
    }

    /** Who does what, how often, from when, for which goal, on which rung of the ladder. */
    public record AgreementItem(String key, String what, Long needCategoryId, SupportRung rung, Long networkMemberId,
            String providerName, String organisation, String frequency, LocalDate startDate, LocalDate endDate,
            FundingDomain fundingDomain, String goalKey) {
    }
}
