package nl.samenplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.security.AccountService;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.security.UserAdminService.UserRow;

/** "Mijn gegevens": who I am in Samenplan, and my password. Every role has it. */
@Route(value = "mijn-account", layout = MainLayout.class)
@PermitAll
@Menu(title = "menu.account", order = 90, icon = "vaadin:user")
public class MyAccountView extends Main implements HasDynamicTitle {

    private final AccountService accounts;

    public MyAccountView(AccountService accounts, nl.samenplan.security.SecondFactorService secondFactors) {
        this.accounts = accounts;
        addClassName("account-view");
        add(details(accounts.myAccount()), passwordSection(), new SecondFactorSection(secondFactors));
    }

    private Section details(UserRow me) {
        FormLayout form = new FormLayout();
        form.add(readOnly("account.name", me.displayName(), "account-name"),
                readOnly("account.username", me.username(), "account-username"),
                readOnly("account.role", getTranslation(me.role().labelKey()), "account-role"),
                readOnly("account.team", me.teamName() == null ? "" : me.teamName(), "account-team"),
                readOnly("account.organisation", me.organisationName() == null ? "" : me.organisationName(),
                        "account-organisation"));
        TextField phone = new TextField(getTranslation("account.phone"));
        phone.setValue(me.phone() == null ? "" : me.phone());
        phone.setMaxLength(nl.samenplan.security.SecurityLimits.PHONE);
        phone.setHelperText(getTranslation("account.phone.help"));
        phone.setId("account-phone");
        Button savePhone = new Button(getTranslation("account.phone.save"), e -> {
            try {
                UserRow saved = accounts.changeMyPhone(phone.getValue());
                phone.setValue(saved.phone() == null ? "" : saved.phone());
                phone.setInvalid(false);
                Notification.show(getTranslation("account.phone.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (BusinessRuleException ex) {
                phone.setInvalid(true);
                phone.setErrorMessage(getTranslation(ex.messageKey(), ex.parameters()));
            }
        });
        savePhone.setId("account-phone-save");
        form.add(phone, savePhone);
        return new Section(new H2(getTranslation("account.details")), form);
    }

    private TextField readOnly(String labelKey, String value, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        field.setId(id);
        return field;
    }

    private Section passwordSection() {
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        current.setId("account-password-current");
        PasswordField fresh = new PasswordField(getTranslation("account.password.new"));
        fresh.setHelperText(getTranslation("users.password.help", UserAdminService.MIN_PASSWORD_LENGTH));
        fresh.setId("account-password-new");
        PasswordField repeat = new PasswordField(getTranslation("account.password.repeat"));
        repeat.setId("account-password-repeat");
        Button change = new Button(getTranslation("account.password.change"), e -> {
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.password.mismatch"));
                return;
            }
            repeat.setInvalid(false);
            current.setInvalid(false);
            fresh.setInvalid(false);
            try {
                accounts.changeMyPassword(current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                repeat.clear();
                Notification.show(getTranslation("account.password.changed"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (BusinessRuleException ex) {
                PasswordField field = "error.password.wrongCurrent".equals(ex.messageKey()) ? current : fresh;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(ex.messageKey(), ex.parameters()));
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("password-change");
        FormLayout form = new FormLayout(current, fresh, repeat);
        return new Section(new H2(getTranslation("account.password")), form, change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
