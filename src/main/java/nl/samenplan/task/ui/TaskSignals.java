package nl.samenplan.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import nl.samenplan.base.ui.MenuBadge;
import nl.samenplan.client.ui.ClientListSection;
import nl.samenplan.client.ui.ClientSignalSource;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Role;
import nl.samenplan.task.TaskService;

/**
 * Where lukt niet shows up besides Mijn taken: above the client list (the plan owner's landing page),
 * in the Signalen card of the client's Overzicht, and in the number next to Mijn taken in the menu.
 */
@org.springframework.stereotype.Component
class TaskSignals implements ClientListSection, ClientSignalSource, MenuBadge {

    private final TaskService tasks;

    TaskSignals(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.find().map(u -> !u.role().writesClientFiles()).orElse(true)) {
            return Optional.empty();
        }
        SignalList list = new SignalList(tasks, tasks::mySignals, () -> { });
        list.refresh();
        return list.isVisible() ? Optional.of(list) : Optional.empty();
    }

    @Override
    public List<Component> signals(long clientId) {
        return tasks.signalsAbout(clientId).stream().map(s -> {
            Div line = SignalList.line(s, new Div());
            line.setId("client-signal-" + s.id());
            line.add(new Anchor("taak/" + s.id(), line.getTranslation("task.signal.open")));
            return (Component) line;
        }).toList();
    }

    @Override
    public String route() {
        return "mijn-taken";
    }

    @Override
    public int count() {
        return CurrentUser.find().filter(u -> u.role() != Role.MANAGER && u.role() != Role.BEHEERDER)
                .map(u -> tasks.badge()).orElse(0);
    }

    @Override
    public String labelKey() {
        return "task.badge";
    }
}
