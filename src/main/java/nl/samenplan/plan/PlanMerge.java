package nl.samenplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A three-way merge of the plan, part by part: the version a person started from (base), what they
 * send (mine) and what is saved now (theirs). A part that only one side changed takes that side's
 * value; a part both changed in the same way takes it once; only a part both changed differently is a
 * conflict, and it stays one until the person chooses a side for it. The parts are the three answers,
 * each life area's score, each goal and each agreement (by key), the client's agreement (date and with
 * whom) and the review date. Plain Java, no Spring.
 */
public final class PlanMerge {

    private PlanMerge() {
    }

    /** The parts of a plan that merge on their own. */
    public enum Part { ANSWER_CAN_DO_SELF, ANSWER_NEEDS, ANSWER_WILL_DO, SCORE, GOAL, AGREEMENT, CONSENT, REVIEW_DATE }

    /** Which side a person takes for a conflicting part. */
    public enum Choice { MINE, THEIRS }

    /**
     * Both sides changed this part differently. {@code id} names the part ("answerNeeds", "score:3",
     * "goal:g5", "agreement:a7", "consent", "reviewDate"); the values are the part's value on each side,
     * {@code null} where that side removed it: a String (answers), an Integer (score), a
     * {@link PlanContent.GoalItem}, a {@link PlanContent.AgreementItem}, a {@link Consent} or a date.
     */
    public record Conflict(String id, Part part, Object mine, Object theirs) {
    }

    /** The client's agreement to the plan: on which date, with whom. */
    public record Consent(LocalDate agreedOn, String agreedWith) {
    }

    /** The merged plan, which is only to be saved when there are no conflicts left. */
    public record Result(PlanContent merged, List<Conflict> conflicts) {

        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    public static Result merge(PlanContent base, PlanContent mine, PlanContent theirs, Map<String, Choice> choices) {
        Merger m = new Merger(choices == null ? Map.of() : choices);
        String canDoSelf = m.value("answerCanDoSelf", Part.ANSWER_CAN_DO_SELF, text(base.answerCanDoSelf()),
                text(mine.answerCanDoSelf()), text(theirs.answerCanDoSelf()), Objects::equals);
        String needs = m.value("answerNeeds", Part.ANSWER_NEEDS, text(base.answerNeeds()), text(mine.answerNeeds()),
                text(theirs.answerNeeds()), Objects::equals);
        String willDo = m.value("answerWillDo", Part.ANSWER_WILL_DO, text(base.answerWillDo()),
                text(mine.answerWillDo()), text(theirs.answerWillDo()), Objects::equals);
        Map<Long, Integer> scores = m.scores(base.scores(), mine.scores(), theirs.scores());
        List<PlanContent.GoalItem> goals = m.list("goal:", Part.GOAL, base.goals(), mine.goals(), theirs.goals(),
                PlanContent.GoalItem::key, PlanMerge::sameGoal);
        List<PlanContent.AgreementItem> agreements = m.list("agreement:", Part.AGREEMENT, base.agreements(),
                mine.agreements(), theirs.agreements(), PlanContent.AgreementItem::key, PlanMerge::sameAgreement);
        goals = m.keepReferencedGoals(goals, agreements, base, mine, theirs);
        agreements = withoutLostGoals(agreements, goals);
        Consent consent = m.value("consent", Part.CONSENT, consent(base), consent(mine), consent(theirs),
                Objects::equals);
        LocalDate reviewDate = m.value("reviewDate", Part.REVIEW_DATE, base.reviewDate(), mine.reviewDate(),
                theirs.reviewDate(), Objects::equals);
        PlanContent merged = new PlanContent(canDoSelf, needs, willDo, scores, goals, agreements,
                consent == null ? null : consent.agreedOn(), consent == null ? null : consent.agreedWith(),
                reviewDate);
        return new Result(merged, List.copyOf(m.conflicts));
    }

    /** The merge state of one run: the choices made and the conflicts still open. */
    private static final class Merger {
        private final Map<String, Choice> choices;
        private final List<Conflict> conflicts = new ArrayList<>();

        Merger(Map<String, Choice> choices) {
            this.choices = choices;
        }

        <T> T value(String id, Part part, T base, T mine, T theirs, BiPredicate<T, T> same) {
            if (same(same, mine, base)) {
                return theirs;
            }
            if (same(same, theirs, base) || same(same, mine, theirs)) {
                return mine;
            }
            Choice choice = choices.get(id);
            if (choice == Choice.MINE) {
                return mine;
            }
            if (choice == Choice.THEIRS) {
                return theirs;
            }
            conflicts.add(new Conflict(id, part, mine, theirs));
            return theirs;
        }

        Map<Long, Integer> scores(Map<Long, Integer> base, Map<Long, Integer> mine, Map<Long, Integer> theirs) {
            Set<Long> areas = new LinkedHashSet<>(theirs.keySet());
            areas.addAll(mine.keySet());
            areas.addAll(base.keySet());
            Map<Long, Integer> merged = new LinkedHashMap<>();
            for (Long area : areas) {
                Integer value = value("score:" + area, Part.SCORE, base.get(area), mine.get(area), theirs.get(area),
                        Objects::equals);
                if (value != null) {
                    merged.put(area, value);
                }
            }
            return merged;
        }

        /** Items by key in the order of what is saved now, then the ones only this person has. */
        <T> List<T> list(String prefix, Part part, List<T> base, List<T> mine, List<T> theirs, Function<T, String> key,
                BiPredicate<T, T> same) {
            Map<String, T> b = byKey(base, key);
            Map<String, T> m = byKey(mine, key);
            Map<String, T> t = byKey(theirs, key);
            Set<String> keys = new LinkedHashSet<>(t.keySet());
            keys.addAll(m.keySet());
            keys.addAll(b.keySet());
            List<T> merged = new ArrayList<>();
            for (String k : keys) {
                T value = value(prefix + k, part, b.get(k), m.get(k), t.get(k), same);
                if (value != null) {
                    merged.add(value);
                }
            }
            return merged;
        }

        /**
         * A goal that one side removed while the other side added or changed an agreement for it is not
         * dropped unasked: that is a conflict of its own (keep the goal, or let go of the link). A goal
         * removed with no new use on the other side simply goes, and its agreements lose the link.
         */
        List<PlanContent.GoalItem> keepReferencedGoals(List<PlanContent.GoalItem> goals,
                List<PlanContent.AgreementItem> agreements, PlanContent base, PlanContent mine, PlanContent theirs) {
            Set<String> present = new LinkedHashSet<>();
            goals.forEach(g -> present.add(g.key()));
            Map<String, PlanContent.GoalItem> b = byKey(base.goals(), PlanContent.GoalItem::key);
            Map<String, PlanContent.GoalItem> m = byKey(mine.goals(), PlanContent.GoalItem::key);
            Map<String, PlanContent.GoalItem> t = byKey(theirs.goals(), PlanContent.GoalItem::key);
            List<PlanContent.GoalItem> result = new ArrayList<>(goals);
            for (PlanContent.AgreementItem agreement : agreements) {
                String key = agreement.goalKey();
                if (key == null || present.contains(key) || !b.containsKey(key)
                        || m.containsKey(key) == t.containsKey(key)) {
                    continue;
                }
                boolean mineRemoved = !m.containsKey(key);
                PlanContent other = mineRemoved ? theirs : mine;
                if (!newlyUses(other, base, key)) {
                    continue;
                }
                String id = "goal:" + key;
                present.add(key);
                if (conflicts.stream().anyMatch(c -> c.id().equals(id))) {
                    continue;
                }
                Choice choice = choices.get(id);
                if (choice == null) {
                    conflicts.add(new Conflict(id, Part.GOAL, m.get(key), t.get(key)));
                } else if (choice == (mineRemoved ? Choice.THEIRS : Choice.MINE)) {
                    result.add(mineRemoved ? t.get(key) : m.get(key));
                }
            }
            return result;
        }

        /** Whether this side added or changed an agreement so that it names the goal. */
        private static boolean newlyUses(PlanContent side, PlanContent base, String goalKey) {
            Map<String, PlanContent.AgreementItem> before = byKey(base.agreements(), PlanContent.AgreementItem::key);
            return side.agreements().stream().anyMatch(a -> goalKey.equals(a.goalKey())
                    && (before.get(a.key()) == null || !sameAgreement(before.get(a.key()), a)));
        }
    }

    /** An agreement whose goal is gone after the merge keeps its place, without the link. */
    private static List<PlanContent.AgreementItem> withoutLostGoals(List<PlanContent.AgreementItem> agreements,
            List<PlanContent.GoalItem> goals) {
        Set<String> keys = new LinkedHashSet<>();
        goals.forEach(g -> keys.add(g.key()));
        return agreements.stream().map(a -> a.goalKey() == null || keys.contains(a.goalKey()) ? a : a.withGoal(null))
                .toList();
    }

    private static <T> boolean same(BiPredicate<T, T> same, T a, T b) {
        if (a == null || b == null) {
            return a == b;
        }
        return same.test(a, b);
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        int i = 0;
        for (T item : items) {
            String k = key.apply(item);
            map.put(k == null ? "zonder-sleutel-" + i : k, item);
            i++;
        }
        return map;
    }

    private static boolean sameGoal(PlanContent.GoalItem a, PlanContent.GoalItem b) {
        return Objects.equals(a.lifeAreaId(), b.lifeAreaId()) && Objects.equals(text(a.text()), text(b.text()));
    }

    /** The same as far as a person edits it (see {@link PlanContent.AgreementItem#edited()}). */
    static boolean sameAgreement(PlanContent.AgreementItem a, PlanContent.AgreementItem b) {
        return normalised(a).equals(normalised(b));
    }

    private static List<Object> normalised(PlanContent.AgreementItem a) {
        PlanContent.AgreementItem e = a.edited();
        List<Object> fields = new ArrayList<>();
        fields.add(text(e.what()));
        fields.add(e.needCategoryId());
        fields.add(e.rung());
        fields.add(e.rung() == SupportRung.EIGEN_NETWERK ? e.networkMemberId() : null);
        fields.add(text(e.providerName()));
        fields.add(e.rung() != null && e.rung().isProfessional() ? text(e.organisation()) : null);
        fields.add(text(e.frequency()));
        fields.add(e.startDate());
        fields.add(e.endDate());
        fields.add(e.rung() != null && e.rung().isProfessional() ? e.fundingDomain() : null);
        fields.add(e.goalKey());
        fields.add(e.rung() != null && e.rung().isProfessional() ? text(e.escalationReason()) : null);
        fields.add(e.rung() == SupportRung.EIGEN_NETWERK ? null : e.assigneeId());
        return java.util.Collections.unmodifiableList(fields);
    }

    private static Consent consent(PlanContent plan) {
        String with = text(plan.agreedWith());
        return plan.agreedOn() == null && with == null ? null : new Consent(plan.agreedOn(), with);
    }

    /** As the plan stores text: trimmed, and blank is nothing. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
