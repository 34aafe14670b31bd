package nl.samenplan.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.security.SecondFactorEnrolment;

/**
 * Setting up an authenticator app: how, the QR code, the secret as text (in groups of four, to copy or type over),
 * and the field for the first code that confirms it. Used in Mijn account and in the log-in's enrolment step.
 */
class EnrolmentPanel extends Div {

    private final TextField code = SecondFactorFields.codeField("second-factor-code");

    /** {@code confirm} turns the first code into the outcome (or refuses it); {@code onConfirmed} takes it on. */
    <T> EnrolmentPanel(SecondFactorEnrolment enrolment, Function<String, T> confirm, Consumer<T> onConfirmed) {
        addClassName("second-factor-enrolment");
        setId("second-factor-enrolment");
        Image qr = new Image(enrolment.qrCodeDataUri(), getTranslation("secondFactor.qr.alt"));
        qr.setId("second-factor-qr");
        qr.setWidth("240px");
        qr.setHeight("240px");
        TextField secret = new TextField(getTranslation("secondFactor.secret"));
        secret.setValue(enrolment.groupedSecret());
        secret.setReadOnly(true);
        secret.setId("second-factor-secret");
        secret.setWidthFull();
        code.setLabel(getTranslation("secondFactor.code"));
        Button confirmButton = new Button(getTranslation("secondFactor.confirm"), e -> {
            try {
                T outcome = confirm.apply(code.getValue());
                code.setInvalid(false);
                onConfirmed.accept(outcome);
            } catch (BusinessRuleException ex) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(ex.messageKey(), ex.parameters()));
                code.focus();
            }
        });
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmButton.addClickShortcut(Key.ENTER);
        confirmButton.setId("second-factor-confirm");
        add(new Paragraph(getTranslation("secondFactor.setup.step1")),
                new Paragraph(getTranslation("secondFactor.setup.step2")), qr, secret,
                new Paragraph(getTranslation("secondFactor.setup.step3")), code, confirmButton);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        code.focus();
    }
}
