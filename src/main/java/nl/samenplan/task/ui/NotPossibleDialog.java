package nl.samenplan.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import nl.samenplan.base.InputValidation;
import nl.samenplan.base.InvalidInputException;
import nl.samenplan.base.ui.FieldLimits;
import nl.samenplan.task.TaskTexts;

/**
 * Lukt niet: a short reason, picked with one tap or written, which goes to the plan owner as a signal.
 * Nothing is saved without a reason; cancelling changes nothing.
 */
class NotPossibleDialog extends Dialog {

    static final List<String> QUICK_REASONS = List.of("task.reason.notHome", "task.reason.refused",
            "task.reason.noTime", "task.reason.ill", "task.reason.other");

    final RadioButtonGroup<String> quick = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();

    NotPossibleDialog(String what, Consumer<String> onConfirm) {
        setHeaderTitle(getTranslation("task.notPossible.title"));
        setId("not-possible-dialog");
        Paragraph about = new Paragraph(what);
        about.addClassName("hint");
        quick.setLabel(getTranslation("task.notPossible.quick"));
        quick.setItems(QUICK_REASONS);
        quick.setItemLabelGenerator(this::getTranslation);
        quick.addClassName("reason-choices");
        quick.setId("not-possible-quick");
        reason.setLabel(getTranslation("task.notPossible.reason"));
        FieldLimits.apply(reason, TaskTexts.class, "reason");
        reason.setWidthFull();
        reason.setId("not-possible-reason");
        quick.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals("task.reason.other")) {
                reason.setValue(getTranslation(e.getValue()));
            } else if (e.getValue() != null) {
                reason.clear();
                reason.focus();
            }
        });
        Button confirm = new Button(getTranslation("task.notPossible.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.task.reasonRequired"));
                return;
            }
            try {
                InputValidation.require(new TaskTexts(reason.getValue(), null));
            } catch (InvalidInputException tooLong) {
                // told here, so that the dialog stays open with the reason as typed
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(tooLong.messageKey(), tooLong.parameters()));
                return;
            }
            close();
            onConfirm.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("not-possible-confirm");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(about, quick, reason);
        getFooter().add(cancel, confirm);
    }
}
