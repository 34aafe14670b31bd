package nl.samenplan.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import nl.samenplan.base.Translations;
import org.springframework.stereotype.Component;

/**
 * Dutch unless the user chose English: every new UI takes its language from the cookie set by the
 * language switch, never from the browser's language, so a team sees one language by default.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    public static final String COOKIE = "samenplan-taal";

    private final ErrorHandling errorHandling;

    LocaleSupport(ErrorHandling errorHandling) {
        this.errorHandling = errorHandling;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(errorHandling));
        event.getSource().addUIInitListener(init -> {
            Locale locale = fromRequest(VaadinRequest.getCurrent());
            init.getUI().setLocale(locale);
            init.getUI().getSession().setLocale(locale);
        });
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request != null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return Translations.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        return Translations.NL;
    }

    /** Remembers the choice for a year and reloads the page in the new language. */
    public static void switchTo(UI ui, Locale locale) {
        Locale chosen = Translations.supported(locale);
        ui.getSession().setLocale(chosen);
        ui.setLocale(chosen);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                + "document.documentElement.lang = $1; window.location.reload();", COOKIE, chosen.getLanguage());
    }
}
