package nl.samenplan.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.client.ui.ClientOverviewSection;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.PlanService.PlanView;
import nl.samenplan.plan.SupportRung;

/** The plan at a glance on the client's Overzicht: agreed, review date, goals, agreements per rung. */
@SpringComponent
class PlanOverviewSection implements ClientOverviewSection {

    private final PlanService plans;
    private final Clock clock;

    PlanOverviewSection(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(long clientId) {
        PlanView plan = plans.plan(clientId);
        Section section = new Section();
        section.addClassName("card");
        section.setId("plan-at-a-glance");
        section.add(new H3(section.getTranslation("overview.plan")));
        if (!plan.exists()) {
            section.add(new Paragraph(section.getTranslation("overview.plan.none")));
            section.add(new Anchor("clienten/" + clientId + "/plan", section.getTranslation("overview.plan.start")));
            return Optional.of(section);
        }
        PlanContent content = plan.content();
        LocalDate today = LocalDate.now(clock);
        // the agreement with the plan, not the consent to share data (that is a fact about the client, above)
        Paragraph agreed = new Paragraph(content.agreedOn() == null ? section.getTranslation("overview.plan.notAgreed")
                : content.agreedWith() == null || content.agreedWith().isBlank()
                        ? section.getTranslation("overview.plan.agreed", DutchFormats.date(content.agreedOn()))
                        : section.getTranslation("overview.plan.agreedWith", DutchFormats.date(content.agreedOn()),
                                content.agreedWith().strip()));
        agreed.setId("plan-consent");
        section.add(agreed);
        if (content.reviewDate() != null) {
            Paragraph review = new Paragraph(section.getTranslation(
                    content.reviewDate().isAfter(today) ? "overview.plan.review" : "overview.plan.reviewDue",
                    DutchFormats.date(content.reviewDate())));
            review.addClassName(content.reviewDate().isAfter(today) ? "ok" : "attention");
            review.setId("plan-review");
            section.add(review);
        }
        section.add(new Paragraph(section.getTranslation("overview.plan.counts", content.goals().size(),
                content.agreements().size())));
        Map<SupportRung, Integer> perRung = new EnumMap<>(SupportRung.class);
        content.agreements().forEach(a -> perRung.merge(a.rung(), 1, Integer::sum));
        Div ladder = new Div();
        ladder.addClassName("ladder");
        ladder.setId("plan-ladder");
        for (SupportRung rung : SupportRung.values()) {
            Span step = new Span(rung.level() + " " + section.getTranslation(rung.labelKey()) + ": "
                    + perRung.getOrDefault(rung, 0));
            step.addClassName("ladder-step");
            ladder.add(step);
        }
        section.add(ladder, new Anchor("clienten/" + clientId + "/plan", section.getTranslation("overview.plan.open")));
        return Optional.of(section);
    }
}
