package nl.samenplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.security.UserAdminService.IssuedPassword;

/**
 * Shows a one-time password once, for the beheerder to pass on (by phone, on paper): read-only and copyable. Once the
 * dialog is closed no screen shows it again; the database holds only its hash.
 */
class OneTimePasswordDialog extends Dialog {

    final TextField password = new TextField();

    OneTimePasswordDialog(IssuedPassword issued) {
        setHeaderTitle(getTranslation("users.oneTimePassword.title"));
        setId("one-time-password-dialog");
        String name = issued.user().displayName();
        String until = DutchFormats.DATE_TIME.format(issued.validUntil().atZone(TimeConfig.ZONE));
        Paragraph explanation = new Paragraph(getTranslation("users.oneTimePassword.text", name, until));
        explanation.setId("one-time-password-text");
        password.setLabel(getTranslation("users.oneTimePassword.label", issued.user().username()));
        password.setValue(issued.oneTimePassword());
        password.setReadOnly(true);
        password.setWidthFull();
        password.setId("one-time-password");
        password.getElement().setAttribute("autocomplete", "off");
        password.getStyle().set("font-family", "monospace");
        Button copy = new Button(getTranslation("users.oneTimePassword.copy"), VaadinIcon.COPY.create(),
                e -> e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                        issued.oneTimePassword()));
        copy.setId("one-time-password-copy");
        add(explanation, password, new Paragraph(getTranslation("users.oneTimePassword.once")));
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("one-time-password-close");
        getFooter().add(copy, close);
        setCloseOnOutsideClick(false);
        setMaxWidth("32em");
    }
}
