package nl.samenplan.waitinglist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.client.ui.ClientOverviewSection;
import nl.samenplan.client.ui.ClientFileLayout;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.waitinglist.WaitingListService.EntryView;
import nl.samenplan.waitinglist.WaitingListService.EventLine;

/**
 * The waiting list on the client's Overzicht: the current status (or that the client is not on it),
 * earlier periods with every dated change, and the actions for those who write client files.
 */
@SpringComponent
class WaitingListSection implements ClientOverviewSection {

    private final WaitingListService service;
    private final Clock clock;

    WaitingListSection(WaitingListService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create(long clientId) {
        Section section = new Section();
        section.addClassName("card");
        section.setId("waiting-list");
        fill(section, clientId);
        return Optional.of(section);
    }

    private void fill(Section section, long clientId) {
        section.removeAll();
        section.add(new H3(section.getTranslation("waitinglist.title")));
        List<EntryView> periods = service.ofClient(clientId);
        EntryView current = periods.stream().filter(EntryView::open).findFirst().orElse(null);
        Paragraph status = new Paragraph(current == null ? section.getTranslation("waitinglist.notOn")
                : section.getTranslation("waitinglist.current", section.getTranslation(current.status().labelKey()),
                        DutchFormats.date(current.statusSince()), section.getTranslation(current.type().labelKey()),
                        section.getTranslation(current.urgency().labelKey()), DutchFormats.date(current.placedOn())));
        status.setId("waiting-list-status");
        section.add(status);
        if (current != null && current.indicationDate() != null) {
            section.add(new Paragraph(section.getTranslation("waitinglist.indication",
                    DutchFormats.date(current.indicationDate()))));
        }
        if (ClientFileLayout.canWrite()) {
            section.add(actions(section, clientId, current));
        }
        if (!periods.isEmpty()) {
            UnorderedList history = new UnorderedList();
            history.setId("waiting-list-history");
            history.addClassName("history-lines");
            for (EntryView period : periods) {
                for (EventLine line : period.history()) {
                    history.add(new ListItem(text(section, line)));
                }
            }
            section.add(new Paragraph(section.getTranslation("waitinglist.history")), history);
        }
    }

    private Div actions(Section section, long clientId, EntryView current) {
        LocalDate today = LocalDate.now(clock);
        Runnable refresh = () -> fill(section, clientId);
        Div actions = new Div();
        actions.addClassName("row-actions");
        if (current == null) {
            Button putOn = new Button(section.getTranslation("waitinglist.putOn"),
                    e -> WaitingListDialogs.putOn(service, clientId, today, refresh).open());
            putOn.setId("waiting-list-put-on");
            actions.add(putOn);
        } else {
            Button change = new Button(section.getTranslation("waitinglist.changeStatus"),
                    e -> WaitingListDialogs.changeStatus(service, current, today, refresh).open());
            change.setId("waiting-list-change");
            Button leave = new Button(section.getTranslation("waitinglist.leave"),
                    e -> WaitingListDialogs.leave(service, current, today, refresh).open());
            leave.setId("waiting-list-leave");
            leave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(change, leave);
        }
        return actions;
    }

    private static String text(Component c, EventLine line) {
        String what = line.reason() != null
                ? c.getTranslation("waitinglist.event.left", c.getTranslation(line.reason().labelKey()))
                : c.getTranslation(line.status().labelKey());
        return DutchFormats.date(line.on()) + " · " + what + (line.note() == null ? "" : " · " + line.note())
                + " (" + line.by() + ")";
    }
}
