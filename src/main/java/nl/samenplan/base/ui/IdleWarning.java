package nl.samenplan.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import nl.samenplan.base.UserActivity;

/**
 * "U wordt over een minuut uitgelogd": shown a little before the idle time-out ends the session, even when the user
 * does nothing at all. A timer in the browser, started anew by every server round trip (Vaadin's heartbeat is none)
 * while the warning is closed, opens it through {@link #warn()}. While it is open nothing of this tab counts as the
 * user's activity ({@link UserActivity}), so the warning itself does not postpone the end; "Blijf ingelogd" closes it,
 * and that round trip counts, so it keeps the session. Without it the browser goes to the log-in page when the
 * time-out has passed (the server has ended the session by then). The server enforces the time-out whatever the
 * browser does; this only tells the user in time.
 */
public class IdleWarning extends Dialog {

    /** Where the browser goes when the time is up: the log-in page, which then says why. */
    static final String ENDED_URL = "login?sessie=verlopen";

    /** How long after the time-out the browser leaves, so that the server has surely ended the session by then. */
    static final Duration MARGIN = Duration.ofSeconds(2);

    /**
     * The browser's timer: starts again after every completed server round trip (Vaadin's connection state goes from
     * loading to connected) while the warning is closed; the round trips that open it and that the open dialog makes
     * do not restart it.
     */
    private static final String TIMER = """
            const dialog = this;
            const warnAfter = $0, endAfter = $1, endUrl = $2;
            if (window.samenplanIdleTimer) { window.samenplanIdleTimer.stop(); }
            let warnTimer = null, endTimer = null;
            const restart = () => {
              clearTimeout(warnTimer);
              clearTimeout(endTimer);
              warnTimer = setTimeout(() => dialog.$server.warn(), warnAfter);
              endTimer = setTimeout(() => window.location.assign(new URL(endUrl, document.baseURI).href), endAfter);
            };
            const state = window.Vaadin && window.Vaadin.connectionState;
            const listener = (previous, current) => {
              if (previous === 'loading' && current === 'connected' && !dialog.opened) { restart(); }
            };
            if (state) { state.addStateChangeListener(listener); }
            window.samenplanIdleTimer = { stop: () => {
              clearTimeout(warnTimer);
              clearTimeout(endTimer);
              if (state) { state.removeStateChangeListener(listener); }
            } };
            restart();
            """;

    /**
     * @param idleTimeout how long the session lasts without activity
     * @param warningBefore how long before its end the warning comes
     * @param logout what "Uitloggen" does
     */
    public IdleWarning(Duration idleTimeout, Duration warningBefore, Runnable logout) {
        setId("idle-warning");
        setHeaderTitle(getTranslation("session.idle.title"));
        add(new Paragraph(getTranslation("session.idle.text")));
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        Button stay = new Button(getTranslation("session.idle.stay"), e -> close());
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stay.setId("idle-stay");
        Button leave = new Button(getTranslation("session.idle.logout"), e -> logout.run());
        leave.setId("idle-logout");
        getFooter().add(leave, stay);
        // executeJs takes whole numbers as int (a long is refused): milliseconds up to 24 days
        int warnAfter = Math.toIntExact(idleTimeout.minus(warningBefore).toMillis());
        int endAfter = Math.toIntExact(idleTimeout.plus(MARGIN).toMillis());
        addAttachListener(e -> getElement().executeJs(TIMER, warnAfter, endAfter, ENDED_URL));
        addOpenedChangeListener(e -> openedChanged(e.isOpened()));
    }

    /** The browser's timer says the time is nearly up: open the warning; until it closes, this tab is not active. */
    @ClientCallable
    void warn() {
        open();
    }

    /** While open, the tab's requests do not count as activity; the round trip that closes it does again. */
    private void openedChanged(boolean opened) {
        UI ui = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        if (ui == null || session == null || session.getSession() == null) {
            return;
        }
        String attribute = UserActivity.warningOpenAttribute(ui.getUIId());
        if (opened) {
            session.getSession().setAttribute(attribute, Boolean.TRUE);
        } else {
            session.getSession().removeAttribute(attribute);
        }
    }
}
