package nl.samenplan.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Spring Security's authentication events, but a password accepted while log-in steps are still owed is not yet a
 * log-in: no {@code AuthenticationSuccessEvent} then (the access log would write "ingelogd" too early). The log-in
 * steps publish it when the last step is done. Failures pass through unchanged.
 */
@Component
class PasswordStepEvents implements AuthenticationEventPublisher {

    private final DefaultAuthenticationEventPublisher delegate;
    private final LoginSteps steps;

    PasswordStepEvents(ApplicationEventPublisher publisher, LoginSteps steps) {
        this.delegate = new DefaultAuthenticationEventPublisher(publisher);
        this.steps = steps;
    }

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
        if (authentication.getPrincipal() instanceof CurrentUser user && !steps.owedBy(user.userId()).isEmpty()) {
            return;
        }
        delegate.publishAuthenticationSuccess(authentication);
    }

    @Override
    public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
        delegate.publishAuthenticationFailure(exception, authentication);
    }
}
