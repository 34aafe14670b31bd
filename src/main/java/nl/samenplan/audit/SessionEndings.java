package nl.samenplan.audit;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.security.SessionEnded;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Every session the application ends goes into the access log, naming the person whose session it was (not the
 * beheerder whose change ended it: that change has an entry of its own), why, and which session by its pseudonym (the
 * request that ended it may belong to another session, or to none).
 */
@Component
class SessionEndings {

    private final AccessLog log;

    SessionEndings(AccessLog log) {
        this.log = log;
    }

    @EventListener
    void ended(SessionEnded ended) {
        var whose = UsernamePasswordAuthenticationToken.authenticated(ended.user(), null,
                ended.user().getAuthorities());
        log.recordFor(AccessEvent.allowed(AccessEventType.SESSION_ENDED, null, detail(ended)), whose);
    }

    static String detail(SessionEnded ended) {
        return "reason=" + ended.reason().name() + ";session=" + AccessLogEntry.sha256(ended.sessionId());
    }
}
