package nl.samenplan.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.samenplan.base.ui.LanguageSwitch;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.SingleSignOnService;

/**
 * The Dutch login page; Spring Security checks the form posted to /login. With single sign-on configured, a link
 * under the form starts the log-in at the organisation's identity provider.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final nl.samenplan.security.LoginStepsService steps;
    /** Why the user is here again: the session ended (idle, or ended by the application). */
    private final Paragraph sessionNote = new Paragraph();

    public LoginView(SingleSignOnService singleSignOn, nl.samenplan.security.LoginStepsService steps) {
        this.steps = steps;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.setId("login-form");

        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        sessionNote.setId("login-session-note");
        sessionNote.addClassName("login-session-note");
        sessionNote.setVisible(false);
        Div card = new Div(title, tagline, sessionNote, form);
        singleSignOn.offer().ifPresent(offer -> card.add(singleSignOn(offer)));
        card.add(new LanguageSwitch());
        card.addClassName("login-card");
        add(card);
    }

    /** A plain link (not the router): the browser leaves for the identity provider and comes back logged in. */
    private Div singleSignOn(SingleSignOnService.Offer offer) {
        Anchor link = new Anchor(offer.path(), getTranslation("login.sso.button", offer.label()));
        link.setRouterIgnore(true);
        link.setId("sso-login");
        link.addClassName("sso-login");
        Paragraph or = new Paragraph(getTranslation("login.sso.or"));
        or.addClassName("sso-or");
        Div block = new Div(or, link);
        block.addClassName("sso-block");
        return block;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.find().isPresent()) {
            event.forwardTo(HomeView.class);
            return;
        }
        if (steps.pending().isPresent()) {
            // the password was accepted already: on with the steps still owed
            event.forwardTo(LoginStepView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        showSessionNote(parameters.getOrDefault("sessie", java.util.List.of()));
    }

    /** "verlopen": the idle time-out logged the user out; any other value: the application ended the session. */
    private void showSessionNote(java.util.List<String> sessie) {
        if (sessie.isEmpty()) {
            sessionNote.setVisible(false);
            return;
        }
        sessionNote.setText(getTranslation(sessie.contains("verlopen") ? "login.session.idle" : "login.session.ended"));
        sessionNote.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
