package nl.samenplan.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.stream.Collectors;
import nl.samenplan.plan.Frequency;

/** How Samenplan understood a frequency, in words, so the writer sees which tasks it will make. */
final class FrequencyText {

    private FrequencyText() {
    }

    static String describe(Component c, Frequency f) {
        return switch (f.kind()) {
            case ONCE -> c.getTranslation("frequency.once");
            case DAILY -> c.getTranslation("frequency.daily");
            case WEEKLY -> c.getTranslation(f.everyWeeks() == 2 ? "frequency.weekly.other" : "frequency.weekly");
            case MONTHLY -> c.getTranslation("frequency.monthly");
            case WEEKDAYS -> c.getTranslation(f.everyWeeks() == 2 ? "frequency.days.other" : "frequency.days",
                    f.days().stream().sorted().map(d -> c.getTranslation("frequency.day." + d.getValue()))
                            .collect(Collectors.joining(", ")));
        };
    }
}
