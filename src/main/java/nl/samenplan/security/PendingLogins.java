package nl.samenplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Where a half-done log-in is kept: the HTTP session of the browser that typed the password, and nowhere else. */
final class PendingLogins {

    /** How long the steps may take after the password; then the log-in begins again. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private PendingLogins() {
    }

    /** The pending log-in of this request's session, if any and not yet expired (an expired one is dropped). */
    static Optional<PendingLogin> find(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingLogin.SESSION_ATTRIBUTE) instanceof PendingLogin pending)) {
            return Optional.empty();
        }
        if (pending.startedAt().plus(LIFETIME).isBefore(now)) {
            session.removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    static void store(HttpServletRequest request, PendingLogin pending) {
        request.getSession(true).setAttribute(PendingLogin.SESSION_ATTRIBUTE, pending);
    }

    /**
     * A log-in accepted by its first factor that still owes steps: the user stays anonymous (the security context
     * emptied in the request and in the session), the pending log-in waits in the session, the browser goes to the
     * step page. For the form log-in and for single sign-on alike.
     */
    static void beginSteps(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            PendingLogin pending) throws java.io.IOException {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository().saveContext(
                org.springframework.security.core.context.SecurityContextHolder.createEmptyContext(), request, response);
        if (request.getSession(false) != null) {
            request.getSession(false).removeAttribute(
                    org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        store(request, pending);
        response.sendRedirect(request.getContextPath() + "/" + LoginStepsService.STEP_ROUTE);
    }

    static void drop(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
        }
    }
}
