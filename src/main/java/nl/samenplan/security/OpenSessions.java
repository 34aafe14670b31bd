package nl.samenplan.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The logged-in sessions of this node, by user, so that a change of someone's access ends all their sessions at once.
 * A session is learned from its first authenticated request ({@link SessionLimitsFilter}), whatever completed the
 * log-in (the form, a second log-in step that stores the authentication itself, single sign-on), and forgotten when
 * it ends. Ending a session invalidates the HTTP session: the security context goes, and Vaadin closes its session
 * and UIs with it (as when the servlet container expires a session), so the browser's next request finds no session
 * and lands on the log-in page.
 *
 * <p>Per node and in memory. With a second node (issue 15) an access change must reach the other nodes too: keep the
 * sessions in a shared store (Spring Session JDBC, whose sessions can be found by principal name and deleted there),
 * or send the {@link AccessChanged} to every node (a database table the nodes poll, or a message topic), each ending
 * the sessions it holds.
 */
@Component
class OpenSessions implements HttpSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSessions.class);

    /** The session attributes: whose it is (user id), since when logged in, last activity (epoch milliseconds). */
    static final String USER = OpenSessions.class.getName() + ".user";
    static final String LOGGED_IN_AT = OpenSessions.class.getName() + ".loggedInAt";
    static final String LAST_ACTIVITY = OpenSessions.class.getName() + ".lastActivity";

    private final Map<Long, Set<Open>> byUser = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    OpenSessions(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** One open session and the person it belongs to (the access log names them when it ends). */
    private record Open(HttpSession session, CurrentUser user) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Open other && other.session == session;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(session);
        }
    }

    /**
     * Keeps this session as one of the user's, logged in now. Called with the first authenticated request of a
     * session; a session that turns out to hold another user now (a new log-in in the same browser) starts afresh.
     */
    void register(HttpSession session, CurrentUser user, Instant now) {
        Object before = session.getAttribute(USER);
        if (before instanceof Long other && other != user.userId()) {
            forget(other, session);
        }
        session.setAttribute(USER, user.userId());
        session.setAttribute(LOGGED_IN_AT, now.toEpochMilli());
        session.setAttribute(LAST_ACTIVITY, now.toEpochMilli());
        byUser.computeIfAbsent(user.userId(), id -> ConcurrentHashMap.newKeySet()).add(new Open(session, user));
    }

    /** Whether this session is known as this user's. */
    static boolean isRegisteredFor(HttpSession session, CurrentUser user) {
        return session.getAttribute(USER) instanceof Long id && id == user.userId()
                && session.getAttribute(LOGGED_IN_AT) != null;
    }

    /** Ends this session now for this reason (its user's other sessions stay). */
    void end(HttpSession session, CurrentUser user, SessionEnded.Reason reason) {
        forget(user.userId(), session);
        invalidate(session, user, reason);
    }

    /** Ends every open session of this user on this node; how many. */
    int endAll(long userId, SessionEnded.Reason reason) {
        Set<Open> open = byUser.remove(userId);
        if (open == null) {
            return 0;
        }
        int ended = 0;
        for (Open each : open) {
            if (invalidate(each.session(), each.user(), reason)) {
                ended++;
            }
        }
        return ended;
    }

    /** How many sessions of this user this node knows as open (for the tests and a look in a debugger). */
    int openSessionsOf(long userId) {
        return Optional.ofNullable(byUser.get(userId)).map(Set::size).orElse(0);
    }

    /**
     * Someone's access changed: once the change has committed (a change that rolled back changed nothing), all their
     * sessions end, so no open tab keeps the old rights. Without a transaction (a caller that has none) at once.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void accessChanged(AccessChanged change) {
        int ended = endAll(change.userId(), SessionEnded.Reason.of(change.reason()));
        LOG.info("Access of user {} changed ({}): {} open session(s) ended", change.userId(), change.reason(), ended);
    }

    /**
     * A session ended in any way (log-out, the container's time-out, ended here): it is no longer open. One that the
     * servlet container expired (no request at all for the idle time-out, e.g. the browser was closed) is logged as
     * ended by the idle time-out; a log-out is logged as a log-out, and the sessions ended here were logged already.
     */
    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        Object user = safely(() -> session.getAttribute(USER));
        if (!(user instanceof Long id)) {
            return;
        }
        Optional<Open> open = forget(id, session);
        if (open.isPresent() && timedOut(session)) {
            events.publishEvent(new SessionEnded(open.get().user(), session.getId(), SessionEnded.Reason.IDLE_TIMEOUT));
        }
    }

    private static boolean timedOut(HttpSession session) {
        try {
            int maxIdleSeconds = session.getMaxInactiveInterval();
            return maxIdleSeconds > 0
                    && System.currentTimeMillis() - session.getLastAccessedTime() >= maxIdleSeconds * 1000L;
        } catch (IllegalStateException alreadyInvalid) {
            return false;
        }
    }

    /** Drops the session from the user's open sessions; the entry it had, if any. */
    private Optional<Open> forget(long userId, HttpSession session) {
        Open[] removed = new Open[1];
        byUser.computeIfPresent(userId, (id, open) -> {
            open.stream().filter(each -> each.session() == session).findFirst().ifPresent(each -> {
                removed[0] = each;
                open.remove(each);
            });
            return open.isEmpty() ? null : open;
        });
        return Optional.ofNullable(removed[0]);
    }

    /** Invalidates the session and tells the log; false when it had ended already. */
    private boolean invalidate(HttpSession session, CurrentUser user, SessionEnded.Reason reason) {
        String id;
        try {
            id = session.getId();
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            return false;
        }
        events.publishEvent(new SessionEnded(user, id, reason));
        return true;
    }

    private static Object safely(java.util.function.Supplier<Object> read) {
        try {
            return read.get();
        } catch (IllegalStateException alreadyInvalid) {
            return null;
        }
    }
}
