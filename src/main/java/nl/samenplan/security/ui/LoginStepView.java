package nl.samenplan.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.LoginStep;
import nl.samenplan.security.LoginStepsService;
import nl.samenplan.security.LoginStepsService.StepOutcome;
import nl.samenplan.security.UserAdminService;

/**
 * The steps after the password, one at a time: the second factor's code (or a recovery code), a password of one's
 * own, setting up a second factor. Open to anyone, but it shows only the pending log-in of this browser's session;
 * without one it sends to the log-in page.
 */
@Route(value = LoginStepsService.STEP_ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginStepView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginStepsService steps;
    private final Div card = new Div();

    public LoginStepView(LoginStepsService steps) {
        this.steps = steps;
        addClassName("login-view");
        card.addClassNames("login-card", "login-step");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.find().isPresent()) {
            event.forwardTo(HomeView.class);
            return;
        }
        steps.pending().ifPresentOrElse(pending -> show(pending.step(), false),
                () -> event.forwardTo(LoginView.class));
    }

    private void show(LoginStep step, boolean recovery) {
        card.removeAll();
        card.add(new H1(getTranslation("app.name")));
        switch (step) {
            case CODE -> codeStep(recovery);
            case NEW_PASSWORD -> passwordStep();
            case ENROL -> enrolStep();
        }
        Button cancel = new Button(getTranslation("loginStep.cancel"), e -> {
            steps.cancel();
            UI.getCurrent().navigate(LoginView.class);
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setId("step-cancel");
        card.add(cancel);
    }

    private void codeStep(boolean recovery) {
        card.add(heading("loginStep.code.heading"), new Paragraph(getTranslation(
                recovery ? "loginStep.recovery.help" : "loginStep.code.intro")));
        TextField code;
        if (recovery) {
            code = new TextField(getTranslation("loginStep.recovery.label"));
            code.setId("step-recovery-code");
            code.setMaxLength(24);
            code.setManualValidation(true);
            code.getElement().setAttribute("autocomplete", "off");
            code.getElement().setAttribute("autocapitalize", "none");
        } else {
            code = SecondFactorFields.codeField("step-code");
            code.setLabel(getTranslation("loginStep.code.label"));
        }
        code.setWidthFull();
        Button submit = new Button(getTranslation(recovery ? "loginStep.recovery.submit" : "loginStep.code.submit"),
                e -> outcome(recovery ? steps.submitRecoveryCode(code.getValue()) : steps.submitCode(code.getValue()),
                        code));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("step-submit");
        submit.setWidthFull();
        Button other = new Button(getTranslation(recovery ? "loginStep.recovery.back" : "loginStep.recovery.use"),
                e -> show(LoginStep.CODE, !recovery));
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        other.setId(recovery ? "step-use-app" : "step-use-recovery");
        card.add(code, submit, other);
        code.focus();
    }

    private void passwordStep() {
        card.add(heading("loginStep.password.heading"), new Paragraph(getTranslation("loginStep.password.intro")));
        PasswordField fresh = new PasswordField(getTranslation("account.password.new"));
        fresh.setHelperText(getTranslation("users.password.help", UserAdminService.MIN_PASSWORD_LENGTH));
        fresh.setId("step-password-new");
        fresh.getElement().setAttribute("autocomplete", "new-password");
        fresh.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("account.password.repeat"));
        repeat.setId("step-password-repeat");
        repeat.getElement().setAttribute("autocomplete", "new-password");
        repeat.setWidthFull();
        Button save = new Button(getTranslation("loginStep.password.submit"), e -> {
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.password.mismatch"));
                return;
            }
            repeat.setInvalid(false);
            try {
                outcome(steps.chooseNewPassword(fresh.getValue()), fresh);
            } catch (BusinessRuleException ex) {
                fresh.setInvalid(true);
                fresh.setErrorMessage(getTranslation(ex.messageKey(), ex.parameters()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("step-password-save");
        save.setWidthFull();
        card.add(fresh, repeat, save);
        fresh.focus();
    }

    private void enrolStep() {
        card.add(heading("loginStep.enrol.heading"), new Paragraph(getTranslation("loginStep.enrol.intro")));
        card.add(new EnrolmentPanel(steps.beginEnrolment(), steps::confirmEnrolment, this::enrolled));
    }

    private void enrolled(StepOutcome outcome) {
        if (outcome.result() != LoginStepsService.Result.LOGGED_IN) {
            outcome(outcome, null);
            return;
        }
        card.removeAll();
        Button onward = new Button(getTranslation("loginStep.continue"),
                e -> UI.getCurrent().navigate(outcome.landingRoute()));
        onward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        onward.setId("step-continue");
        card.add(new H1(getTranslation("app.name")), SecondFactorFields.recoveryCodes(outcome.recoveryCodes()),
                onward);
    }

    /** What the step led to: the next step, the landing page, a wrong code, or the log-in page again. */
    private void outcome(StepOutcome outcome, TextFieldBase<?, String> field) {
        switch (outcome.result()) {
            case NEXT_STEP -> show(outcome.next(), false);
            case LOGGED_IN -> UI.getCurrent().navigate(outcome.landingRoute());
            case WRONG_CODE -> {
                field.clear();
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("loginStep.code.wrong", outcome.triesLeft()));
                field.focus();
            }
            case TOO_MANY_WRONG_CODES, EXPIRED -> UI.getCurrent().navigate("login",
                    new QueryParameters(Map.of("error", List.of(""))));
        }
    }

    private H2 heading(String key) {
        H2 heading = new H2(getTranslation(key));
        heading.addClassName("login-step-heading");
        return heading;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("loginStep.title") + " · " + getTranslation("app.name");
    }
}
