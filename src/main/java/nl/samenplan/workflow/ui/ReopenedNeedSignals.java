package nl.samenplan.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.client.ui.ClientListSection;
import nl.samenplan.client.ui.ClientSignalSource;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.workflow.NeedSignals;

/**
 * A need that is open again because its agreement left the plan: above the plan owner's client list and
 * in the Signalen card of the client's Overzicht, until someone marks it as dealt with.
 */
@org.springframework.stereotype.Component
class ReopenedNeedSignals implements ClientListSection, ClientSignalSource {

    private final NeedSignals signals;

    ReopenedNeedSignals(NeedSignals signals) {
        this.signals = signals;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.find().map(u -> !u.role().writesClientFiles()).orElse(true)) {
            return Optional.empty();
        }
        List<NeedSignals.Reopened> mine = signals.mine();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Section section = new Section();
        section.addClassNames("card", "signal-list");
        section.setId("reopened-needs");
        section.add(new H3(section.getTranslation("need.reopened.title", mine.size())));
        mine.forEach(r -> section.add(row(r, section)));
        return Optional.of(section);
    }

    @Override
    public List<Component> signals(long clientId) {
        return signals.about(clientId).stream().map(r -> {
            Div line = new Div(text(r, new Div()));
            line.setId("reopened-need-" + r.needId());
            line.add(new Anchor("clienten/" + r.clientId() + "/hulpvragen", line.getTranslation("need.reopened.open")));
            return (Component) line;
        }).toList();
    }

    private Div row(NeedSignals.Reopened r, Section section) {
        Div row = new Div(text(r, section));
        row.addClassName("signal");
        row.setId("reopened-need-" + r.needId());
        Anchor client = new Anchor("clienten/" + r.clientId() + "/hulpvragen", r.clientName());
        Button handled = new Button(section.getTranslation("need.reopened.handled"), VaadinIcon.CHECK.create());
        handled.addThemeVariants(ButtonVariant.LUMO_SMALL);
        handled.addClickListener(e -> {
            signals.handled(r.needId());
            section.remove(row);
            if (section.getChildren().noneMatch(c -> c.getElement().getClassList().contains("signal"))) {
                section.setVisible(false);
            }
        });
        Div actions = new Div(client, handled);
        actions.addClassName("row-actions");
        row.add(actions);
        return row;
    }

    private static Paragraph text(NeedSignals.Reopened r, Component owner) {
        String on = DutchFormats.date(r.at().atZone(TimeConfig.ZONE).toLocalDate());
        Paragraph text = new Paragraph(r.by() == null // it ran out on its end date: nobody did it
                ? owner.getTranslation("need.reopened.ended", r.need(), r.agreement(), on)
                : owner.getTranslation("need.reopened.text", r.need(), r.agreement(), r.by(), on));
        text.addClassName("attention");
        return text;
    }
}
