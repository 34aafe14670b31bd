package nl.samenplan.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Dutch first, English second: the resource bundles under i18n/messages. */
@Component
public class Translations implements I18NProvider {

    public static final Locale NL = DutchFormats.DUTCH;
    public static final Locale EN = Locale.forLanguageTag("en-GB");
    /** One bundle per feature, looked up in this order; each has a Dutch and an English file. */
    public static final List<String> BUNDLES =
            List.of("i18n.messages", "i18n.client", "i18n.plan", "i18n.catalog", "i18n.pdf", "i18n.workflow", "i18n.task",
                    "i18n.volunteer", "i18n.waitinglist", "i18n.dashboard");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(NL, EN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle resources = ResourceBundle.getBundle(bundle, effective, NO_FALLBACK);
                if (resources.containsKey(key)) {
                    String pattern = resources.getString(key);
                    return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
                }
            } catch (MissingResourceException e) {
                // this feature has no bundle (yet)
            }
        }
        LOG.warn("Missing translation for key '{}' in {}", key, effective);
        return "!" + key;
    }

    /** Any locale we do not speak falls back to Dutch. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : NL;
    }
}
