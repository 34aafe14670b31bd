package nl.samenplan.waitinglist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.waitinglist.LeaveReason;
import nl.samenplan.waitinglist.WaitingListData;
import nl.samenplan.waitinglist.WaitingListNote;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.waitinglist.WaitingListService.EntryView;
import nl.samenplan.waitinglist.WaitingListType;
import nl.samenplan.waitinglist.WaitingStatus;
import nl.samenplan.waitinglist.WaitingUrgency;

/**
 * The three things the team does with the waiting list, each a small dialog: put on, change the
 * status, take off with a reason. A rule that says no is shown in the dialog; nothing typed is lost.
 */
final class WaitingListDialogs {

    private WaitingListDialogs() {
    }

    /** Puts the client on the list. */
    static Dialog putOn(WaitingListService service, long clientId, LocalDate today, Runnable done) {
        Dialog dialog = base("waitinglist.putOn");
        dialog.setId("waitinglist-put-on-dialog");
        DatePicker placedOn = date(dialog, "waitinglist.field.placedOn", today, "waitinglist-placed-on");
        Select<WaitingListType> type = new Select<>();
        type.setLabel(dialog.getTranslation("waitinglist.field.type"));
        type.setItems(WaitingListType.values());
        type.setItemLabelGenerator(t -> dialog.getTranslation(t.labelKey()));
        type.setValue(WaitingListType.VERPLEEGHUIS);
        type.setId("waitinglist-type");
        RadioButtonGroup<WaitingUrgency> urgency = new RadioButtonGroup<>(dialog.getTranslation("waitinglist.field.urgency"));
        urgency.setItems(WaitingUrgency.values());
        urgency.setItemLabelGenerator(u -> dialog.getTranslation(u.labelKey()));
        urgency.setValue(WaitingUrgency.NORMAAL);
        urgency.setId("waitinglist-urgency");
        DatePicker indication = date(dialog, "waitinglist.field.indicationDate", null, "waitinglist-indication");
        indication.setHelperText(dialog.getTranslation("waitinglist.field.indicationDate.help"));
        Select<WaitingStatus> status = statusSelect(dialog);
        status.setValue(WaitingStatus.ACTIEF_WACHTEND);
        TextArea note = note(dialog);
        Paragraph error = error(dialog);
        dialog.add(error, new FormLayout(placedOn, type, urgency, indication, status, note));
        FormErrors errors = new FormErrors(error).bean(WaitingListData.class)
                .field("placedOn", placedOn, "error.waitinglist.placedOnRequired", "error.waitinglist.future")
                .field("type", type, "error.waitinglist.typeRequired")
                .field("indicationDate", indication, "error.waitinglist.indicationAfterPlaced")
                .field("status", status)
                .bean(WaitingListNote.class).field("note", note, "error.waitinglist.noteTooLong");
        save(dialog, errors, () -> service.putOn(clientId, new WaitingListData(placedOn.getValue(), type.getValue(),
                urgency.getValue(), indication.getValue(), status.getValue()), note.getValue()), done);
        return dialog;
    }

    /** A new status from a day on. */
    static Dialog changeStatus(WaitingListService service, EntryView entry, LocalDate today, Runnable done) {
        Dialog dialog = base("waitinglist.changeStatus");
        dialog.setId("waitinglist-status-dialog");
        Select<WaitingStatus> status = statusSelect(dialog);
        DatePicker on = date(dialog, "waitinglist.field.on", today, "waitinglist-status-on");
        TextArea note = note(dialog);
        Paragraph error = error(dialog);
        dialog.add(error, new FormLayout(status, on, note));
        FormErrors errors = changeErrors(error, on, note).field("status", status, "error.waitinglist.statusRequired");
        save(dialog, errors, () -> service.changeStatus(entry.id(), entry.version(), status.getValue(), on.getValue(),
                note.getValue()), done);
        return dialog;
    }

    /** Off the list, with the reason. */
    static Dialog leave(WaitingListService service, EntryView entry, LocalDate today, Runnable done) {
        Dialog dialog = base("waitinglist.leave");
        dialog.setId("waitinglist-leave-dialog");
        RadioButtonGroup<LeaveReason> reason = new RadioButtonGroup<>(dialog.getTranslation("waitinglist.field.reason"));
        reason.setItems(LeaveReason.values());
        reason.setItemLabelGenerator(r -> dialog.getTranslation(r.labelKey()));
        reason.setId("waitinglist-reason");
        DatePicker on = date(dialog, "waitinglist.field.leftOn", today, "waitinglist-left-on");
        TextArea note = note(dialog);
        Paragraph error = error(dialog);
        dialog.add(error, new FormLayout(reason, on, note));
        FormErrors errors = changeErrors(error, on, note).field("reason", reason, "error.waitinglist.reasonRequired");
        save(dialog, errors, () -> service.leave(entry.id(), entry.version(), reason.getValue(), on.getValue(),
                note.getValue()), done);
        return dialog;
    }

    /** The day and note of a status change or of leaving, with the rules about that day. */
    private static FormErrors changeErrors(Paragraph error, DatePicker on, TextArea note) {
        return new FormErrors(error).bean(WaitingListNote.class)
                .field("on", on, "error.waitinglist.dateRequired", "error.waitinglist.future",
                        "error.waitinglist.beforeLastChange")
                .field("note", note, "error.waitinglist.noteTooLong");
    }

    private static Dialog base(String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation(titleKey));
        dialog.setWidth("36rem");
        return dialog;
    }

    private static DatePicker date(Dialog dialog, String labelKey, LocalDate value, String id) {
        DatePicker picker = new DatePicker(dialog.getTranslation(labelKey));
        DatePickers.dutch(picker);
        picker.setValue(value);
        picker.setId(id);
        return picker;
    }

    private static Select<WaitingStatus> statusSelect(Dialog dialog) {
        Select<WaitingStatus> status = new Select<>();
        status.setLabel(dialog.getTranslation("waitinglist.field.status"));
        status.setItems(WaitingStatus.ACTIEF_WACHTEND, WaitingStatus.WENSWACHTEND, WaitingStatus.VOORLOPIG_NIET);
        status.setItemLabelGenerator(s -> dialog.getTranslation(s.labelKey()));
        status.setId("waitinglist-status");
        return status;
    }

    private static TextArea note(Dialog dialog) {
        TextArea note = new TextArea(dialog.getTranslation("waitinglist.field.note"));
        note.setId("waitinglist-note");
        return note;
    }

    private static Paragraph error(Dialog dialog) {
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        error.setId("waitinglist-error");
        return error;
    }

    private static void save(Dialog dialog, FormErrors errors, Runnable action, Runnable done) {
        Button save = new Button(dialog.getTranslation("action.save"), e -> {
            if (!errors.readable()) {
                return;
            }
            try {
                action.run();
                dialog.close();
                done.run();
            } catch (BusinessRuleException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("waitinglist-save");
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), save);
    }
}
