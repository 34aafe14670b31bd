package nl.samenplan.audit;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.security.LoginRefusedException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Every log-in, refused log-in and log-out goes into the access log (NEN 7513), with who, when and from where. A
 * refused log-in names the username that was tried (there is no user to name), never the password, and why when it
 * was refused for more than a wrong password: the lock-out, the throttling of the address, an expired one-time password
 * (the person at the log-in page is told none of this).
 */
@Component
class LoginEvents {

    /** The longest username kept from a refused attempt: what a username can be, and no more. */
    static final int TRIED_USERNAME = 60;

    private final AccessLog log;

    LoginEvents(AccessLog log) {
        this.log = log;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        // the security context does not hold the person yet: name them from the event
        log.recordFor(AccessEvent.allowed(AccessEventType.LOGGED_IN, null, null), event.getAuthentication());
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String tried = event.getAuthentication() == null ? "" : String.valueOf(event.getAuthentication().getName());
        tried = tried.strip();
        if (tried.length() > TRIED_USERNAME) {
            tried = tried.substring(0, TRIED_USERNAME);
        }
        String why = event.getException() instanceof LoginRefusedException refusal ? "; " + refusal.reason().detail()
                : "";
        log.record(AccessEvent.refused(AccessEventType.LOGIN_FAILED, null, "gebruikersnaam: " + tried + why));
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        log.recordFor(AccessEvent.allowed(AccessEventType.LOGGED_OUT, null, null), event.getAuthentication());
    }
}
