package nl.samenplan.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.ErrorHandling;
import nl.samenplan.base.ui.FieldLimits;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskService.Undo;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.task.TaskTexts;

/**
 * Gedaan and lukt niet in one tap: saved at once, then a few seconds to undo it or add a short note.
 * If someone else changed the task in between, the user is told and sees the task as it is now.
 */
class OneTap {

    static final int UNDO_MILLIS = 8000;

    private final Component page;
    private final TaskService tasks;
    private final Runnable refresh;

    OneTap(Component page, TaskService tasks, Runnable refresh) {
        this.page = page;
        this.tasks = tasks;
        this.refresh = refresh;
    }

    void done(TaskRow task) {
        change(task, TaskStatus.GEDAAN, null, "task.saved.done");
    }

    void notPossible(TaskRow task) {
        new NotPossibleDialog(task.what(), reason -> change(task, TaskStatus.LUKT_NIET, reason,
                "task.saved.notPossible")).open();
    }

    void change(TaskRow task, TaskStatus status, String reason, String messageKey) {
        Undo undo;
        try {
            undo = tasks.changeStatus(task.id(), task.version(), status, reason, null);
        } catch (BusinessRuleException e) {
            ErrorHandling.show(page.getTranslation(e.messageKey(), e.parameters()));
            refreshAll();
            return;
        }
        refreshAll();
        confirm(task, undo, messageKey);
    }

    private void confirm(TaskRow task, Undo undo, String messageKey) {
        Notification notification = new Notification();
        notification.setDuration(UNDO_MILLIS);
        notification.setPosition(Notification.Position.BOTTOM_STRETCH);
        notification.setId("task-saved");
        // names the client: with several clients in a round, "gedaan" alone does not say at whose
        Span text = new Span(task.clientName() == null || task.clientName().isBlank()
                ? page.getTranslation(messageKey, task.what())
                : page.getTranslation(messageKey + ".at", task.what(), task.clientName()));
        Button undoButton = new Button(page.getTranslation("task.action.undo"), e -> {
            notification.close();
            try {
                tasks.undo(undo);
            } catch (BusinessRuleException ex) {
                ErrorHandling.show(page.getTranslation(ex.messageKey(), ex.parameters()));
            }
            refreshAll();
        });
        undoButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        undoButton.setId("task-undo");
        Button noteButton = new Button(page.getTranslation("task.action.note"), e -> {
            notification.close();
            openNote(task.id(), undo.versionAfter(), task.note());
        });
        noteButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        noteButton.setId("task-add-note");
        HorizontalLayout content = new HorizontalLayout(text, noteButton, undoButton);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        content.setWrap(true);
        notification.add(content);
        notification.open();
    }

    void openNote(TaskRow task) {
        openNote(task.id(), task.version(), task.note());
    }

    /**
     * The note dialog for the task as the user saw it ({@code version}). If someone changed the task meanwhile,
     * nothing is saved: the dialog says who, shows what the task's note is now and keeps what the user typed, so
     * that they can merge the two and save again (now knowingly, on the newest version).
     */
    private void openNote(long taskId, long version, String current) {
        long[] seen = {version};
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(page.getTranslation("task.note.title"));
        dialog.setId("task-note-dialog");
        TextArea note = FieldLimits.apply(new TextArea(page.getTranslation("task.field.note")), TaskTexts.class,
                "note");
        note.setWidthFull();
        note.setValue(current == null ? "" : current);
        note.setId("task-note");
        Paragraph theirs = new Paragraph();
        theirs.setId("task-note-now");
        theirs.addClassName("conflict-theirs");
        theirs.setVisible(false);
        Button save = new Button(page.getTranslation("action.save"), e -> {
            try {
                tasks.note(taskId, seen[0], note.getValue());
                dialog.close();
                refreshAll();
            } catch (BusinessRuleException ex) {
                note.setInvalid(true);
                note.setErrorMessage(page.getTranslation(ex.messageKey(), ex.parameters()));
                if (ex.messageKey().startsWith("error.task.noteChanged")) {
                    TaskRow now = tasks.task(taskId);
                    seen[0] = now.version();
                    theirs.setText(page.getTranslation("task.note.now", now.note() == null ? "—" : now.note()));
                    theirs.setVisible(true);
                    refreshAll();
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("task-note-save");
        dialog.add(note, theirs);
        dialog.getFooter().add(new Button(page.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refreshAll() {
        refresh.run();
        MainLayout.refreshBadges(page);
    }
}
