package nl.samenplan.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Supplier;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;

/**
 * Signals: tasks that did not work out (lukt niet), with who said so, when and why, a link to the
 * client and a button to mark the signal as dealt with. Hidden when there are none.
 */
class SignalList extends Section {

    private final TaskService tasks;
    private final Supplier<List<TaskRow>> source;
    private final Runnable afterChange;

    SignalList(TaskService tasks, Supplier<List<TaskRow>> source, Runnable afterChange) {
        this.tasks = tasks;
        this.source = source;
        this.afterChange = afterChange;
        addClassNames("card", "signal-list");
        setId("task-signals");
    }

    void refresh() {
        removeAll();
        List<TaskRow> signals = source.get();
        setVisible(!signals.isEmpty());
        if (signals.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("task.signals.title", signals.size())));
        signals.forEach(s -> add(signal(s)));
    }

    /** One signal as a paragraph, for the client's Overzicht. */
    static Div line(TaskRow s, Div target) {
        Paragraph text = new Paragraph(target.getTranslation("task.signal.text", s.what(), s.changedBy(),
                DutchFormats.date(s.changedAt().atZone(nl.samenplan.base.TimeConfig.ZONE).toLocalDate()),
                s.reason()));
        text.addClassName("attention");
        target.add(text);
        return target;
    }

    private Div signal(TaskRow s) {
        Div row = new Div();
        row.addClassName("signal");
        row.setId("signal-" + s.id());
        line(s, row);
        Anchor client = new Anchor("clienten/" + s.clientId() + "/taken", s.clientName());
        Button handled = new Button(getTranslation("task.signal.handled"), VaadinIcon.CHECK.create(), e -> {
            tasks.handleSignal(s.id());
            refresh();
            afterChange.run();
        });
        handled.addThemeVariants(ButtonVariant.LUMO_SMALL);
        handled.addClassName("signal-handled");
        Div actions = new Div(client, handled);
        actions.addClassName("row-actions");
        row.add(actions);
        return row;
    }
}
