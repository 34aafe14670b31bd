package nl.samenplan.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import nl.samenplan.base.Translations;
import org.springframework.stereotype.Component;

/**
 * Vaadin's own messages for a broken connection to the server ("Internal error", "Cookies disabled") in the user's
 * language instead of English; the language is read from the same cookie as everywhere else. An ended session sends
 * the browser to the log-in page.
 */
@Component
public class SystemMessagesInLanguage implements VaadinServiceInitListener {

    /** The log-in page with the note that the session was ended. */
    static final String SESSION_ENDED_URL = "login?sessie=beeindigd";

    private final Translations translations;

    SystemMessagesInLanguage(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messages);
    }

    SystemMessages messages(SystemMessagesInfo info) {
        Locale locale = LocaleSupport.fromRequest(info.getRequest());
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setInternalErrorCaption(translations.getTranslation("error.system.internal.title", locale));
        messages.setInternalErrorMessage(translations.getTranslation("error.system.internal.text", locale));
        messages.setCookiesDisabledCaption(translations.getTranslation("error.system.cookies.title", locale));
        messages.setCookiesDisabledMessage(translations.getTranslation("error.system.cookies.text", locale));
        // a request of a session the server has ended (idle, lifetime, access changed): straight to the log-in page,
        // which says the session was ended, instead of Vaadin's English "Session Expired" box
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(contextPath(info) + "/" + SESSION_ENDED_URL);
        return messages;
    }

    /** The application's path, so that the address works from any page (a relative one would not from /a/b). */
    private static String contextPath(SystemMessagesInfo info) {
        String path = info.getRequest() == null ? null : info.getRequest().getContextPath();
        return path == null ? "" : path;
    }
}
