package nl.samenplan.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Refused log-ins for the metrics, by reason only (never a username): {@value #FAILURES} with the tag {@code reason}
 * ({@code bad_credentials}, {@code locked_now}: the attempt that locked the account, {@code locked}, {@code throttled},
 * {@code one_time_password_expired}, {@code second_factor}: a wrong code in the step after the password,
 * {@code other}), and {@value #LOCKOUTS}, the accounts locked. The access log keeps who; this counts how often.
 */
@Component
class LoginMetrics {

    static final String FAILURES = "samenplan.login.failures";
    static final String LOCKOUTS = "samenplan.login.lockouts";

    private final MeterRegistry registry;
    private final Counter lockouts;

    LoginMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.lockouts = Counter.builder(LOCKOUTS).description("Accounts locked after too many failed log-ins")
                .register(registry);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String reason = "other";
        if (event.getException() instanceof LoginRefusedException refusal) {
            reason = refusal.reason().name().toLowerCase(Locale.ROOT);
            if (refusal.reason() == LoginRefusedException.Reason.LOCKED_NOW) {
                lockouts.increment();
            }
        } else if (event.getException() instanceof BadCredentialsException) {
            reason = "bad_credentials";
        }
        failure(reason);
    }

    @EventListener
    void stepTaken(LoginStepEvent event) {
        if (event.kind() == LoginStepEvent.Kind.WRONG_CODE) {
            failure("second_factor");
        }
    }

    private void failure(String reason) {
        Counter.builder(FAILURES).tag("reason", reason).description("Refused log-ins, by reason").register(registry)
                .increment();
    }
}
