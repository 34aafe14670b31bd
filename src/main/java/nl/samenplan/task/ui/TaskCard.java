package nl.samenplan.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskStatus;

/**
 * One task on Mijn taken, made for a finger on a tablet: who and where, what, when, and two large
 * buttons, gedaan and lukt niet. The whole text links to the task's own page (notes, history).
 */
class TaskCard extends Div {

    TaskCard(TaskRow task, Consumer<TaskRow> done, Consumer<TaskRow> notPossible) {
        addClassName("task-card");
        setId("task-" + task.id());
        if (task.overdue()) {
            addClassName("overdue");
        }
        Anchor text = new Anchor("taak/" + task.id(), "");
        text.addClassName("task-text");
        Span client = new Span(task.clientName());
        client.addClassName("task-client");
        Span address = new Span(task.address());
        address.addClassName("task-address");
        Span what = new Span(task.what());
        what.addClassName("task-what");
        text.add(client, address, what);
        if (task.overdue()) {
            Span when = new Span(getTranslation("task.when.overdue", DutchFormats.date(task.due())));
            when.addClassName("task-when");
            text.add(when);
        }
        if (task.status() == TaskStatus.BEZIG) {
            Span busy = new Span(getTranslation(TaskStatus.BEZIG.labelKey()));
            busy.getElement().getThemeList().add("badge");
            text.add(busy);
        }
        if (task.note() != null) {
            Span note = new Span(task.note());
            note.addClassName("task-note");
            text.add(note);
        }

        Button gedaan = new Button(getTranslation("task.action.done"), VaadinIcon.CHECK.create(), e -> done.accept(task));
        gedaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_LARGE);
        gedaan.addClassName("task-done");
        gedaan.setId("task-" + task.id() + "-done");
        gedaan.getElement().setAttribute("aria-label", getTranslation("task.action.done.aria", task.what(),
                task.clientName()));
        Button luktNiet = new Button(getTranslation("task.action.notPossible"), VaadinIcon.CLOSE_SMALL.create(),
                e -> notPossible.accept(task));
        luktNiet.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        luktNiet.addClassName("task-not-possible");
        luktNiet.getElement().setAttribute("aria-label", getTranslation("task.action.notPossible.aria", task.what(),
                task.clientName()));
        Div buttons = new Div(gedaan, luktNiet);
        buttons.addClassName("task-buttons");
        add(text, buttons);
    }

}
