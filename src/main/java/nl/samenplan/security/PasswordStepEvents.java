package nl.samenplan.security;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Security's authentication events, but a password accepted while log-in steps are still owed is not yet a
 * log-in: no {@code AuthenticationSuccessEvent} then (the access log would write "ingelogd" too early). The log-in
 * steps publish it when the last step is done. Failures, and log-ins by single sign-on, pass through unchanged.
 */
class PasswordStepEvents implements AuthenticationEventPublisher {

    private final AuthenticationEventPublisher delegate;
    private final LoginSteps steps;

    /** {@code delegate}: the publisher that announces everything else (and this success, once nothing is owed). */
    PasswordStepEvents(AuthenticationEventPublisher delegate, LoginSteps steps) {
        this.delegate = delegate;
        this.steps = steps;
    }

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
        if (authentication.getPrincipal() instanceof CurrentUser user && isThePasswordForm()
                && !steps.owedBy(user.userId()).isEmpty()) {
            return;
        }
        delegate.publishAuthenticationSuccess(authentication);
    }

    /**
     * Whether this is the form log-in's POST (the steps follow only a password; a single sign-on log-in is complete
     * when the identity provider is done, and is announced as it is).
     */
    private static boolean isThePasswordForm() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet)) {
            return false;
        }
        HttpServletRequest request = servlet.getRequest();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return "POST".equals(request.getMethod()) && "/login".equals(path);
    }

    @Override
    public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
        delegate.publishAuthenticationFailure(exception, authentication);
    }
}
