package nl.samenplan.catalog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention term after closing a client file, for the nightly retention job, where nobody is logged in (the
 * beheerder sets it through {@link SettingsService}). A number, no personal data: no access check.
 */
@Component
@Transactional(readOnly = true)
public class RetentionTerm {

    private final SettingRepository settings;

    RetentionTerm(SettingRepository settings) {
        this.settings = settings;
    }

    /** Years after closing; the default while the beheerder never set it. */
    public int years() {
        return settings.findById(SettingsService.RETENTION_YEARS).map(s -> (int) s.getValue())
                .orElse(Settings.DEFAULT_RETENTION_YEARS);
    }
}
