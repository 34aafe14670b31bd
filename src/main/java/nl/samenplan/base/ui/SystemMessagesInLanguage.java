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
 * language instead of English; the language is read from the same cookie as everywhere else.
 */
@Component
public class SystemMessagesInLanguage implements VaadinServiceInitListener {

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
        return messages;
    }
}
