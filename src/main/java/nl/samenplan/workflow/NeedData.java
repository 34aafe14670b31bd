package nl.samenplan.workflow;

import java.time.LocalDate;

/** What the team records about a need: a few fields, the rest is known already. */
public record NeedData(Long needCategoryId, String description, String frequency, LocalDate startDate,
        Urgency urgency, NeedSource source, boolean clientCanDoSelf) {
}
