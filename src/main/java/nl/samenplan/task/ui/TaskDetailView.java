package nl.samenplan.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.Facts;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.HistoryLine;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskStatus;

/**
 * One task on its own page: what, for whom, where, when, its status, note and history, with the same
 * one-tap buttons. A volunteer reaches only their own open tasks of files that are not closed here, and sees what,
 * when and where: no notes, no history, nothing of the plan; any other task number is "not found".
 */
@Route(value = "taak/:taskId", layout = MainLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE,
        Permissions.VRIJWILLIGERSCOORDINATOR, Permissions.VRIJWILLIGER})
public class TaskDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskService tasks;
    private final Clock clock;
    private final OneTap oneTap;
    private long taskId;
    private String title = "";

    public TaskDetailView(TaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        addClassNames("list-view", "task-detail");
        oneTap = new OneTap(this, tasks, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("taskId");
        if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        taskId = id.get();
        try {
            refresh();
        } catch (BusinessRuleException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void refresh() {
        TaskRow task;
        try {
            task = tasks.task(taskId);
        } catch (BusinessRuleException gone) {
            if (!isAttached() || !volunteer()) {
                throw gone;
            }
            // a volunteer's task that is done is no longer theirs to see: back to what is left to do
            getUI().ifPresent(ui -> ui.navigate("mijn-taken"));
            return;
        }
        title = task.what();
        removeAll();
        LocalDate today = LocalDate.now(clock);
        Section card = new Section();
        card.addClassName("card");
        card.setId("task-detail");
        card.add(new H3(task.what()));
        Facts facts = new Facts();
        card.add(facts);
        facts.fact("task.field.client", task.clientName());
        facts.fact("task.field.address", task.address());
        facts.fact("task.field.due", DutchFormats.date(task.due()) + (task.overdue()
                ? " · " + getTranslation("task.overdue") : ""));
        facts.fact("task.field.status", getTranslation(task.status().labelKey()));
        facts.fact("task.field.assignee", TaskTexts.who(this, task));
        if (task.reason() != null) {
            facts.fact("task.field.reason", task.reason());
        }
        if (volunteer()) {
            add(card, actions(task, today)); // what, when and where: no notes of others, no history
        } else {
            facts.fact("task.field.note", task.note() == null ? "—" : task.note());
            add(card, actions(task, today), history());
        }
        if (CurrentUser.require().role().seesClientFiles()) {
            Anchor file = new Anchor("clienten/" + task.clientId() + "/taken", getTranslation("task.toClientFile"));
            file.setId("task-client-file");
            add(file);
        }
    }

    private static boolean volunteer() {
        return CurrentUser.require().role() == nl.samenplan.security.Role.VRIJWILLIGER;
    }

    private Div actions(TaskRow task, LocalDate today) {
        Div buttons = new Div();
        buttons.addClassName("task-buttons");
        if (task.status().toDo()) {
            Button done = new Button(getTranslation("task.action.done"), VaadinIcon.CHECK.create(),
                    e -> oneTap.done(task));
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_LARGE);
            done.setId("task-detail-done");
            Button notPossible = new Button(getTranslation("task.action.notPossible"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> oneTap.notPossible(task));
            notPossible.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
            notPossible.setId("task-detail-not-possible");
            buttons.add(done, notPossible);
            if (task.status() == TaskStatus.OPEN) {
                Button busy = new Button(getTranslation("task.action.busy"),
                        e -> oneTap.change(task, TaskStatus.BEZIG, null, "task.saved.busy"));
                busy.addThemeVariants(ButtonVariant.LUMO_LARGE);
                busy.setId("task-detail-busy");
                buttons.add(busy);
            }
        } else {
            Button reopen = new Button(getTranslation("task.action.reopen"),
                    e -> oneTap.change(task, TaskStatus.OPEN, null, "task.saved.reopened"));
            reopen.addThemeVariants(ButtonVariant.LUMO_LARGE);
            reopen.setId("task-detail-reopen");
            buttons.add(reopen);
        }
        Button note = new Button(getTranslation("task.action.note"), VaadinIcon.EDIT.create(), e -> oneTap.openNote(task));
        note.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        note.setId("task-detail-note");
        buttons.add(note);
        return buttons;
    }

    private Section history() {
        Section section = new Section(new H3(getTranslation("task.history")));
        section.addClassName("card");
        section.setId("task-history");
        for (HistoryLine line : tasks.history(taskId)) {
            section.add(new Paragraph(TaskTexts.history(this, line)));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
