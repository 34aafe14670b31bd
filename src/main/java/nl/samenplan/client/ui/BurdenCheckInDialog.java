package nl.samenplan.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.client.BurdenCheckInData;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.BurdenCheckInService.Caregiver;
import nl.samenplan.client.CheckInAnswer;
import nl.samenplan.client.NetworkMember;

/**
 * The short check-in of a mantelzorger, filled in by the team with or for them: a 0-10 score, four questions, a
 * note and when the next one is due. A rule that says no is shown here and nothing typed is lost.
 */
class BurdenCheckInDialog extends Dialog {

    final DatePicker on = new DatePicker();
    final IntegerField score = new IntegerField();
    final RadioButtonGroup<CheckInAnswer> sleep = answers("checkIn.sleep", "checkin-sleep");
    final RadioButtonGroup<CheckInAnswer> timeForSelf = answers("checkIn.timeForSelf", "checkin-time");
    final RadioButtonGroup<CheckInAnswer> worries = answers("checkIn.worries", "checkin-worries");
    final RadioButtonGroup<Boolean> contact = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final IntegerField interval = new IntegerField();
    final Paragraph error = new Paragraph();

    BurdenCheckInDialog(BurdenCheckInService service, Caregiver caregiver, LocalDate today,
            Consumer<Caregiver> onSaved) {
        setHeaderTitle(getTranslation("checkIn.title", caregiver.name()));
        setId("checkin-dialog");
        setWidth("34rem");
        Paragraph intro = new Paragraph(getTranslation("checkIn.intro"));
        intro.addClassName("intro");
        on.setLabel(getTranslation("checkIn.date"));
        DatePickers.dutch(on);
        on.setValue(today);
        on.setMax(today);
        on.setId("checkin-date");
        score.setLabel(getTranslation("checkIn.score"));
        score.setHelperText(getTranslation("checkIn.score.help", caregiver.threshold()));
        score.setMin(0);
        score.setMax(NetworkMember.MAX_BURDEN);
        score.setStepButtonsVisible(true);
        score.setRequiredIndicatorVisible(true);
        score.setId("checkin-score");
        contact.setLabel(getTranslation("checkIn.contact"));
        contact.setItems(true, false);
        contact.setItemLabelGenerator(b -> getTranslation(b ? "checkIn.answer.ja" : "checkIn.answer.nee"));
        contact.setId("checkin-contact");
        note.setLabel(getTranslation("checkIn.note"));
        note.setId("checkin-note");
        interval.setLabel(getTranslation("checkIn.interval"));
        interval.setHelperText(getTranslation("checkIn.interval.help"));
        interval.setMin(1);
        interval.setMax(NetworkMember.MAX_CHECK_IN_WEEKS);
        interval.setStepButtonsVisible(true);
        interval.setValue(caregiver.intervalWeeks());
        interval.setId("checkin-interval");
        error.addClassName("form-error");
        error.setVisible(false);
        error.setId("checkin-error");

        FormErrors errors = new FormErrors(error).bean(BurdenCheckInData.class)
                .field("on", on, "error.checkIn.dateRequired", "error.checkIn.dateFuture")
                .field("score", score, "error.network.burdenRange")
                .field("sleepsEnough", sleep)
                .field("timeForSelf", timeForSelf)
                .field("worries", worries)
                .field("wantsContact", contact)
                .field("note", note)
                .field("intervalWeeks", interval, "error.checkIn.interval");
        FormLayout form = new FormLayout(on, score, sleep, timeForSelf, worries, contact, note, interval);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(note, 2);
        add(intro, error, form);

        Button save = new Button(getTranslation("action.save"), e -> {
            if (!errors.readable()) {
                return;
            }
            try {
                Caregiver saved = service.record(caregiver.memberId(), new BurdenCheckInData(on.getValue(),
                        score.getValue(), sleep.getValue(), timeForSelf.getValue(), worries.getValue(),
                        contact.getValue(), note.getValue(), interval.getValue()));
                close();
                onSaved.accept(saved);
            } catch (BusinessRuleException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("checkin-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private RadioButtonGroup<CheckInAnswer> answers(String labelKey, String id) {
        RadioButtonGroup<CheckInAnswer> group = new RadioButtonGroup<>();
        group.setLabel(getTranslation(labelKey));
        group.setItems(CheckInAnswer.values());
        group.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        group.setId(id);
        return group;
    }
}
