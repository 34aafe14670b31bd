package nl.samenplan.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * The form log-in accepted the password. Nothing more owed: on as Vaadin does (the page asked for, or the start page).
 * Steps owed ({@link LoginSteps}): the log-in is not complete, so the security context is emptied again (in the
 * request and in the session), the pending log-in is kept in the session, and the browser goes to the step page.
 */
class LoginStepsSuccessHandler extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    private final LoginSteps steps;
    private final Clock clock;

    LoginStepsSuccessHandler(LoginSteps steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (!(authentication.getPrincipal() instanceof CurrentUser user)) {
            super.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        List<LoginStep> owed = steps.owedBy(user.userId());
        if (owed.isEmpty()) {
            super.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        PendingLogins.beginSteps(request, response,
                new PendingLogin(user.userId(), user.getUsername(), clock.instant(), owed, 0));
    }
}
