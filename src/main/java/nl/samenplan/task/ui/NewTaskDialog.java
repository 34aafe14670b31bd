package nl.samenplan.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientService.ClientRow;
import nl.samenplan.security.TeamService.Colleague;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.NewTask;

/**
 * A task by hand: what, for which client, for whom, due when, with an optional note. Errors are shown
 * in the dialog and nothing typed is lost.
 */
class NewTaskDialog extends Dialog {

    final TextField what = new TextField();
    final ComboBox<ClientRow> client = new ComboBox<>();
    final ComboBox<Colleague> assignee = new ComboBox<>();
    final DatePicker due = new DatePicker();
    final TextArea note = new TextArea();
    final Paragraph error = new Paragraph();

    /** With {@code fixedClientId} the task is for that client (from the client file); otherwise pick one. */
    NewTaskDialog(TaskService tasks, ClientService clients, List<Colleague> colleagues, Long fixedClientId,
            LocalDate today, Consumer<Long> onCreated) {
        setHeaderTitle(getTranslation("task.new.title"));
        setId("new-task-dialog");
        what.setLabel(getTranslation("task.field.what"));
        what.setRequiredIndicatorVisible(true);
        what.setId("new-task-what");
        client.setLabel(getTranslation("task.field.client"));
        client.setItemLabelGenerator(ClientRow::fullName);
        client.setItems(query -> clients.findClients(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        client.setRequiredIndicatorVisible(true);
        client.setId("new-task-client");
        client.setVisible(fixedClientId == null);
        assignee.setLabel(getTranslation("task.field.assignee"));
        assignee.setItems(colleagues);
        assignee.setItemLabelGenerator(c -> c.displayName() + " · " + getTranslation(c.role().labelKey()));
        assignee.setClearButtonVisible(true);
        assignee.setHelperText(getTranslation("task.new.assignee.help"));
        assignee.setId("new-task-assignee");
        due.setLabel(getTranslation("task.field.due"));
        DatePickers.dutch(due);
        due.setMin(today);
        due.setValue(today);
        due.setRequiredIndicatorVisible(true);
        due.setId("new-task-due");
        note.setLabel(getTranslation("task.field.note"));
        note.setId("new-task-note");
        error.addClassName("form-error");
        error.setVisible(false);
        error.setId("new-task-error");
        FormLayout form = new FormLayout(what, client, assignee, due, note);
        form.setColspan(what, 2);
        form.setColspan(note, 2);
        add(error, form);
        FormErrors errors = new FormErrors(error).bean(NewTask.class)
                .field("clientId", client, "error.task.clientRequired")
                .field("what", what, "error.task.whatRequired", "error.task.whatTooLong")
                .field("assigneeId", assignee, "error.task.assigneeNotInTeam")
                .field("due", due, "error.task.dueRequired", "error.task.dueInPast")
                .field("note", note, "error.task.noteTooLong");
        Button save = new Button(getTranslation("task.new.save"), e -> {
            if (!errors.readable()) {
                return;
            }
            try {
                Long clientId = fixedClientId != null ? fixedClientId
                        : client.getValue() == null ? null : client.getValue().id();
                long id = tasks.create(new NewTask(clientId,
                        what.getValue(), assignee.getValue() == null ? null : assignee.getValue().id(), due.getValue(),
                        note.getValue()));
                close();
                onCreated.accept(id);
            } catch (BusinessRuleException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("new-task-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
