package nl.samenplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samenplan.base.UserActivity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a logged-in session passes here, just after Spring Security has read the security context: a
 * session not seen before is registered ({@link OpenSessions}, the log-in time is now); one idle for longer than the
 * idle time-out, or older than its lifetime since the log-in, ends before the request goes on, which then goes on
 * without a user (a page: to the log-in page; a Vaadin request: Vaadin's "session expired", which sends the browser to
 * the log-in page). Otherwise the request counts as activity, unless it is Vaadin's heartbeat, which an open tab
 * sends by itself and which must not keep a session alive for ever, or the idle warning's own call.
 */
class SessionLimitsFilter extends OncePerRequestFilter {

    private final OpenSessions sessions;
    private final SessionSettings settings;
    private final Clock clock;

    SessionLimitsFilter(OpenSessions sessions, SessionSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<CurrentUser> user = session == null ? Optional.empty() : CurrentUser.find();
        Instant now = clock.instant();
        boolean open = false;
        if (user.isPresent()) {
            open = stillOpen(session, user.get(), now);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (open && request.getSession(false) == session && UserActivity.isActivity(request)) {
                touch(session, now);
            }
        }
    }

    /** Registers a new session, or ends one past its limits (then the rest of the request has no user). */
    private boolean stillOpen(HttpSession session, CurrentUser user, Instant now) {
        if (!OpenSessions.isRegisteredFor(session, user)) {
            sessions.register(session, user, now);
            return true;
        }
        Optional<SessionEnded.Reason> over = over(session, now);
        if (over.isEmpty()) {
            return true;
        }
        sessions.end(session, user, over.get());
        SecurityContextHolder.clearContext();
        return false;
    }

    private Optional<SessionEnded.Reason> over(HttpSession session, Instant now) {
        if (since(session, OpenSessions.LOGGED_IN_AT, now).compareTo(settings.maxLifetime()) >= 0) {
            return Optional.of(SessionEnded.Reason.MAX_LIFETIME);
        }
        if (since(session, OpenSessions.LAST_ACTIVITY, now).compareTo(settings.idleTimeout()) >= 0) {
            return Optional.of(SessionEnded.Reason.IDLE_TIMEOUT);
        }
        return Optional.empty();
    }

    private static Duration since(HttpSession session, String attribute, Instant now) {
        Object millis = session.getAttribute(attribute);
        if (!(millis instanceof Long at)) {
            return Duration.ZERO;
        }
        return Duration.between(Instant.ofEpochMilli(at), now);
    }

    /** The activity of this request, unless a request that came later has already finished. */
    private static void touch(HttpSession session, Instant now) {
        try {
            Object before = session.getAttribute(OpenSessions.LAST_ACTIVITY);
            long at = before instanceof Long later ? Math.max(later, now.toEpochMilli()) : now.toEpochMilli();
            session.setAttribute(OpenSessions.LAST_ACTIVITY, at);
        } catch (IllegalStateException endedMeanwhile) {
            // ended by a log-out or an access change while the request ran: nothing to keep
        }
    }
}
