package nl.samenplan.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import nl.samenplan.base.Translations;

/** Nederlands / English. The choice is kept in a cookie and the page reloads in the new language. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Translations.NL, Translations.EN);
        setItemLabelGenerator(locale -> "en".equals(locale.getLanguage()) ? "English" : "Nederlands");
        setAriaLabel(getTranslation("layout.language"));
        setId("language-switch");
        setValue(Translations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                LocaleSupport.switchTo(UI.getCurrent(), event.getValue());
            }
        });
        addClassName("language-switch");
    }
}
