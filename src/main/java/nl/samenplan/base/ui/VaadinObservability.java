package nl.samenplan.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenplan.base.LogContext;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * What Vaadin adds to the logs and the metrics. The requests of a UI (its UIDL calls, its heartbeat) name the UI in
 * their query string; while Vaadin handles such a request its log lines carry that id ({@link LogContext#UI_ID}).
 * The gauge {@value #SESSIONS} counts the Vaadin sessions open on this node (a session ends when the servlet session
 * does: log-out, idle time-out).
 */
@Component
class VaadinObservability implements VaadinServiceInitListener {

    static final String SESSIONS = "samenplan.vaadin.sessions";

    private final AtomicInteger openSessions = new AtomicInteger();

    VaadinObservability(MeterRegistry registry) {
        Gauge.builder(SESSIONS, openSessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> openSessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> openSessions.decrementAndGet());
        event.addVaadinRequestInterceptor(new UiIdInLog());
    }

    /** The UI's id in the MDC for the length of a Vaadin request that names one. */
    static final class UiIdInLog implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            String uiId = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
            if (uiId != null && uiId.length() <= 10 && uiId.chars().allMatch(Character::isDigit)) {
                MDC.put(LogContext.UI_ID, uiId);
            }
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                Exception exception) {
            // the error handler logs it, inside the request (the id still in the MDC)
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            MDC.remove(LogContext.UI_ID);
        }
    }
}
