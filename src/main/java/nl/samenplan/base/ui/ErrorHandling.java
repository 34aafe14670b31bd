package nl.samenplan.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import nl.samenplan.base.ErrorMessages;
import nl.samenplan.base.ErrorMessages.Classification;
import nl.samenplan.base.ErrorMessages.Kind;
import nl.samenplan.base.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * No stack trace ever reaches the screen, and nothing typed is lost: an error after an action (a click, a value
 * change) is told in a notification over the page, which stays as it was with the user's input in its fields. What
 * it says comes from {@link ErrorMessages}: a rule's own message, "someone else changed this", "it is busy, try
 * again", "the database cannot be reached", or for anything unexpected a short message with a reference that is also
 * in the log. A browser that went away is not an error: it is logged at debug level only.
 */
@Component
public class ErrorHandling implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        Classification classification = ErrorMessages.classify(error);
        if (classification.kind() == Kind.CLIENT_GONE) {
            LOG.debug("The browser closed the connection: {}", String.valueOf(error));
            return;
        }
        String reference = log(LOG, classification, error, "after an action");
        UI ui = UI.getCurrent();
        if (ui != null) {
            String message = message(ui, classification, reference);
            ui.access(() -> show(message));
        }
    }

    /** Shows a message the way every screen shows errors. */
    public static void show(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Logs the error as its kind deserves and returns the reference written in the log line: a fault at ERROR with
     * its stack trace; busy, unreachable or a key race at WARN in one line; a rule, access or a concurrent change at
     * INFO; a closed connection at DEBUG.
     */
    static String log(Logger log, Classification classification, Throwable error, String when) {
        String reference = ErrorMessages.newReference();
        Kind kind = classification.kind();
        if (kind.fault()) {
            LogContext.withReference(reference,
                    () -> log.error("Unexpected error {}, reference {}", when, reference, error));
        } else if (kind == Kind.BUSY || kind == Kind.DATABASE_UNREACHABLE || kind == Kind.SAVED_AT_THE_SAME_TIME) {
            LogContext.withReference(reference,
                    () -> log.warn("{} {}, reference {}: {}", kind, when, reference, innermost(error)));
        } else if (kind == Kind.CONCURRENT_CHANGE) {   // the error page shows its reference too
            LogContext.withReference(reference,
                    () -> log.info("{} {}, reference {}: {}", kind, when, reference, String.valueOf(error)));
        } else if (kind == Kind.CLIENT_GONE) {
            log.debug("The browser closed the connection {}: {}", when, String.valueOf(error));
        } else {
            log.info("{} {}: {}", kind, when, kind == Kind.RULE ? classification.messageKey() : String.valueOf(error));
        }
        return reference;
    }

    private static String message(UI ui, Classification classification, String reference) {
        return classification.kind() == Kind.RULE
                ? ui.getTranslation(classification.messageKey(), classification.parameters())
                : ui.getTranslation(classification.messageKey(), reference);
    }

    /** The deepest cause, for a one-line log entry: the database's own words, e.g. "Lock wait timeout exceeded". */
    private static String innermost(Throwable error) {
        java.util.List<Throwable> chain = ErrorMessages.chain(error);
        Throwable deepest = chain.get(chain.size() - 1);
        return deepest.getClass().getName() + ": " + deepest.getMessage();
    }
}
