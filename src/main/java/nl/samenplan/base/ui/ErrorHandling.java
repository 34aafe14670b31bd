package nl.samenplan.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.InputValidation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * No stack trace ever reaches the screen: a rule that said no is told in plain language; anything
 * unexpected gets a short message with a reference that is also in the log.
 */
@Component
public class ErrorHandling implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable cause = rootOf(event.getThrowable());
        String message;
        if (cause instanceof BusinessRuleException rule) {
            message = translate(ui, rule.messageKey(), rule.parameters());
        } else if (cause instanceof ConstraintViolationException invalid) {
            // an entity refused at flush: a field the form did not check; still plain language, never Hibernate's
            LOG.warn("Input refused by Bean Validation at flush: {}", invalid.getConstraintViolations().stream()
                    .map(v -> v.getRootBeanClass().getSimpleName() + "." + v.getPropertyPath()).toList());
            var rule = InputValidation.toException(invalid.getConstraintViolations());
            message = translate(ui, rule.messageKey(), rule.parameters());
        } else if (cause instanceof OptimisticLockingFailureException) {
            message = translate(ui, "error.concurrentChange");
        } else if (cause instanceof AccessDeniedException) {
            message = translate(ui, "error.accessDenied");
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Unexpected error, reference {}", reference, event.getThrowable());
            message = translate(ui, "error.unexpected", reference);
        }
        if (ui != null) {
            ui.access(() -> show(message));
        }
    }

    /** Shows a message the way every screen shows errors. */
    public static void show(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String translate(UI ui, String key, Object... params) {
        return ui == null ? key : ui.getTranslation(key, params);
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current != null) {
            if (current instanceof BusinessRuleException || current instanceof OptimisticLockingFailureException
                    || current instanceof AccessDeniedException || current instanceof ConstraintViolationException) {
                return current;
            }
            if (current.getCause() == null || current.getCause() == current) {
                return current;
            }
            current = current.getCause();
        }
        return throwable;
    }
}
