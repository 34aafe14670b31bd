package nl.samenplan.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenplan.base.ui.LandingSection;
import nl.samenplan.plan.ui.PlanPage;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.workflow.NeedService;

/**
 * "Zorg om af te spreken" on Mijn taken, for the district nurse: open needs of the team's clients that are
 * professional care in her field and have no agreement yet, each one tap from the hand-over into the plan.
 */
@org.springframework.stereotype.Component
class CareToArrangeSection implements LandingSection {

    private final NeedService needs;

    CareToArrangeSection(NeedService needs) {
        this.needs = needs;
    }

    @Override
    public String route() {
        return PlanPage.BACK_TO_MY_TASKS;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.find().map(u -> !u.role().providesCare()).orElse(true)) {
            return Optional.empty();
        }
        List<NeedService.CareToArrange> open = needs.careToArrange();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Section section = new Section();
        section.addClassNames("task-group", "care-to-arrange");
        section.setId("care-to-arrange");
        section.add(new H3(section.getTranslation("need.careToArrange.title", open.size())));
        Paragraph help = new Paragraph(section.getTranslation("need.careToArrange.help"));
        help.addClassName("intro");
        section.add(help);
        open.forEach(need -> section.add(card(section, need)));
        return Optional.of(section);
    }

    private static Div card(Component owner, NeedService.CareToArrange need) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("care-to-arrange-" + need.needId());
        String what = need.categoryName() + (need.data().description() == null ? "" : ": " + need.data().description())
                + (need.data().frequency() == null ? "" : " (" + need.data().frequency() + ")");
        Span client = new Span(need.clientName());
        client.addClassName("client-name");
        Button arrange = new Button(owner.getTranslation("need.careToArrange.arrange"), VaadinIcon.ARROW_RIGHT.create(),
                e -> UI.getCurrent().navigate("clienten/" + need.clientId() + "/plan", QueryParameters.simple(Map.of(
                        PlanPage.NEED, String.valueOf(need.needId()), PlanPage.BACK, PlanPage.BACK_TO_MY_TASKS))));
        arrange.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        arrange.setId("arrange-" + need.needId());
        arrange.setAriaLabel(owner.getTranslation("need.careToArrange.arrangeFor", what, need.clientName()));
        card.add(client, new Paragraph(what), arrange);
        return card;
    }
}
