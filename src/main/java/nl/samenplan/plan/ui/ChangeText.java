package nl.samenplan.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns stored change entries ("plan.change.goals.added|2", joined by ";") into words. */
final class ChangeText {

    private ChangeText() {
    }

    static List<String> describe(Component owner, String summary) {
        if (summary == null || summary.isBlank()) {
            return List.of(owner.getTranslation("plan.change.none"));
        }
        return describe(owner, Arrays.asList(summary.split(";")));
    }

    static List<String> describe(Component owner, List<String> entries) {
        if (entries.isEmpty()) {
            return List.of(owner.getTranslation("plan.change.none"));
        }
        return entries.stream().map(entry -> {
            int bar = entry.indexOf('|');
            return bar < 0 ? owner.getTranslation(entry)
                    : owner.getTranslation(entry.substring(0, bar), entry.substring(bar + 1));
        }).collect(Collectors.toList());
    }
}
