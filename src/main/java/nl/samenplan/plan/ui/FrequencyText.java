package nl.samenplan.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.samenplan.plan.Frequency;

/**
 * How Samenplan understood a frequency, in words, so the writer sees which tasks it will make: under the field
 * of the agreement and need forms, and in short beside the frequency in the list of agreements.
 */
public final class FrequencyText {

    private FrequencyText() {
    }

    /** The sentence under the field: which tasks come, on which days, or that it is on demand. */
    public static String describe(Component c, Frequency f) {
        String text = switch (f.kind()) {
            case ONCE -> c.getTranslation("frequency.once");
            case DAILY -> c.getTranslation("frequency.daily");
            case WEEKLY -> c.getTranslation(f.everyWeeks() == 2 ? "frequency.weekly.other" : "frequency.weekly");
            case MONTHLY -> c.getTranslation("frequency.monthly");
            case EVERY_DAYS -> f.everyDays() == 2 ? c.getTranslation("frequency.everyOtherDay")
                    : c.getTranslation("frequency.everyDays", f.everyDays());
            case ON_DEMAND -> c.getTranslation("frequency.onDemand");
            case WEEKDAYS -> f.spread()
                    ? c.getTranslation("frequency.spread", f.timesPerWeek(), days(c, f, "frequency.day."))
                    : c.getTranslation(f.everyWeeks() == 2 ? "frequency.days.other" : "frequency.days",
                            days(c, f, "frequency.day."));
        };
        if (f.partsOfDay().isEmpty()) {
            return text;
        }
        return c.getTranslation("frequency.parts", text, f.partsOfDay().stream().sorted()
                .map(p -> c.getTranslation("frequency.part." + p.name()))
                .collect(Collectors.joining(" " + c.getTranslation("frequency.and") + " ")));
    }

    /**
     * What to say in short beside a frequency in a list: "op afroep", the days Samenplan chose for "3x per week",
     * that it is not understood (no tasks), or nothing when the text says it all.
     */
    public static Optional<String> brief(Component c, String frequency) {
        if (frequency == null || frequency.isBlank()) {
            return Optional.empty();
        }
        return Frequency.parse(frequency).map(f -> f.onDemand()
                ? Optional.of(c.getTranslation("plan.agreement.frequency.onDemandShort"))
                : f.spread() ? Optional.of(days(c, f, "frequency.dayShort.")) : Optional.<String>empty())
                .orElseGet(() -> Optional.of(c.getTranslation("plan.agreement.frequency.unknownShort")));
    }

    private static String days(Component c, Frequency f, String prefix) {
        return f.days().stream().sorted().map(d -> c.getTranslation(prefix + d.getValue()))
                .collect(Collectors.joining(", "));
    }
}
