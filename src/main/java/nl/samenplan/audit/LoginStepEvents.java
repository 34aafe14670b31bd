package nl.samenplan.audit;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.security.LoginStepEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The log-in steps after the password: a wrong code of the second factor is a refused log-in, a recovery code used is
 * an entry of its own. The person is named from the event (the security context is still anonymous then).
 */
@Component
class LoginStepEvents {

    static final String WRONG_CODE = "tweede factor onjuist";

    private final AccessLog log;

    LoginStepEvents(AccessLog log) {
        this.log = log;
    }

    @EventListener
    void stepTaken(LoginStepEvent event) {
        var who = UsernamePasswordAuthenticationToken.authenticated(event.user(), null, event.user().getAuthorities());
        switch (event.kind()) {
            case WRONG_CODE -> log.recordFor(AccessEvent.refused(AccessEventType.LOGIN_FAILED, null, WRONG_CODE), who);
            case RECOVERY_CODE_USED -> log.recordFor(
                    AccessEvent.allowed(AccessEventType.RECOVERY_CODE_USED, null, null), who);
        }
    }
}
