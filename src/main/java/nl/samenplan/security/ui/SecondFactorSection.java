package nl.samenplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.security.SecondFactorService;
import nl.samenplan.security.SecondFactorService.RecoveryCodes;

/**
 * "Tweestapsverificatie" in Mijn account: on or off; set up with the QR code and a first code, the recovery codes
 * shown once; switched off with a current code where the role does not require it.
 */
class SecondFactorSection extends Section {

    private final SecondFactorService service;
    private final Paragraph status = new Paragraph();
    private final Div content = new Div();

    SecondFactorSection(SecondFactorService service) {
        this.service = service;
        setId("second-factor");
        status.setId("second-factor-status");
        add(new H2(getTranslation("secondFactor.heading")), status, content);
        show(service.myStatus());
    }

    private void show(SecondFactorService.Status now) {
        content.removeAll();
        if (!now.on()) {
            status.setText(getTranslation("secondFactor.status.off"));
            Button setUp = new Button(getTranslation("secondFactor.setup"), e -> {
                EnrolmentPanel panel = new EnrolmentPanel(service.beginEnrolment(), service::confirmEnrolment,
                        this::enrolled);
                content.removeAll();
                content.add(panel);
            });
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            setUp.setId("second-factor-setup");
            content.add(setUp);
            return;
        }
        status.setText(getTranslation("secondFactor.status.on", now.recoveryCodesLeft()));
        if (now.required()) {
            content.add(new Paragraph(getTranslation("secondFactor.status.required")));
            return;
        }
        TextField code = SecondFactorFields.codeField("second-factor-remove-code");
        code.setLabel(getTranslation("secondFactor.remove.code"));
        Button remove = new Button(getTranslation("secondFactor.remove"), e -> {
            try {
                service.removeMine(code.getValue());
                Notification.show(getTranslation("secondFactor.removed"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show(new SecondFactorService.Status(false, false, 0));
            } catch (BusinessRuleException ex) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(ex.messageKey(), ex.parameters()));
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setId("second-factor-remove");
        content.add(code, remove);
    }

    private void enrolled(RecoveryCodes codes) {
        content.removeAll();
        status.setText(getTranslation("secondFactor.status.on", codes.codes().size()));
        Notification.show(getTranslation("secondFactor.enrolled"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        Button done = new Button(getTranslation("secondFactor.recovery.done"), e -> show(service.myStatus()));
        done.setId("recovery-codes-done");
        content.add(SecondFactorFields.recoveryCodes(codes.codes()), done);
    }
}
