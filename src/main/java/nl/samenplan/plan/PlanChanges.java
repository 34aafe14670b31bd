package nl.samenplan.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a plan, in words the history can show: message keys with one
 * parameter each, written as "key" or "key|parameter" and joined by ";".
 */
public final class PlanChanges {

    private PlanChanges() {
    }

    public static List<String> between(PlanContent before, PlanContent after, Map<Long, String> lifeAreaNames) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.answerCanDoSelf(), after.answerCanDoSelf())) {
            changes.add("plan.change.answerCanDoSelf");
        }
        if (!Objects.equals(before.answerNeeds(), after.answerNeeds())) {
            changes.add("plan.change.answerNeeds");
        }
        if (!Objects.equals(before.answerWillDo(), after.answerWillDo())) {
            changes.add("plan.change.answerWillDo");
        }
        Set<Long> areas = new HashSet<>(before.scores().keySet());
        areas.addAll(after.scores().keySet());
        List<String> changedAreas = areas.stream()
                .filter(a -> !Objects.equals(before.scores().get(a), after.scores().get(a)))
                .map(a -> lifeAreaNames.getOrDefault(a, "?")).sorted().toList();
        if (!changedAreas.isEmpty()) {
            changes.add("plan.change.scores|" + String.join(", ", changedAreas));
        }
        count(changes, "goals", keysOf(before.goals().stream().map(PlanContent.GoalItem::key).toList()),
                keysOf(after.goals().stream().map(PlanContent.GoalItem::key).toList()),
                byKey(before.goals()), byKey(after.goals()));
        count(changes, "agreements",
                keysOf(before.agreements().stream().map(PlanContent.AgreementItem::key).toList()),
                keysOf(after.agreements().stream().map(PlanContent.AgreementItem::key).toList()),
                byKey(before.agreements()), byKey(after.agreements()));
        if (!Objects.equals(before.agreedOn(), after.agreedOn())
                || !Objects.equals(before.agreedWith(), after.agreedWith())) {
            changes.add("plan.change.agreement");
        }
        if (!Objects.equals(before.reviewDate(), after.reviewDate())) {
            changes.add("plan.change.reviewDate");
        }
        return changes;
    }

    private static void count(List<String> changes, String what, Set<String> before, Set<String> after,
            Map<String, Object> beforeItems, Map<String, Object> afterItems) {
        long added = after.stream().filter(k -> !before.contains(k)).count();
        long removed = before.stream().filter(k -> !after.contains(k)).count();
        long changed = after.stream().filter(before::contains)
                .filter(k -> !sameExceptKey(beforeItems.get(k), afterItems.get(k))).count();
        if (added > 0) {
            changes.add("plan.change." + what + ".added|" + added);
        }
        if (changed > 0) {
            changes.add("plan.change." + what + ".changed|" + changed);
        }
        if (removed > 0) {
            changes.add("plan.change." + what + ".removed|" + removed);
        }
    }

    private static boolean sameExceptKey(Object a, Object b) {
        return Objects.equals(a, b);
    }

    private static Set<String> keysOf(List<String> keys) {
        Set<String> set = new HashSet<>();
        int i = 0;
        for (String key : keys) {
            set.add(key == null ? "new-" + i : key);
            i++;
        }
        return set;
    }

    private static Map<String, Object> byKey(List<?> items) {
        Map<String, Object> map = new HashMap<>();
        int i = 0;
        for (Object item : items) {
            String key = item instanceof PlanContent.GoalItem g ? g.key() : ((PlanContent.AgreementItem) item).key();
            map.put(key == null ? "new-" + i : key, item);
            i++;
        }
        return map;
    }
}
