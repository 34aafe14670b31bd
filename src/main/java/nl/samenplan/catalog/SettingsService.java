package nl.samenplan.catalog;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the settings; a setting never stored yet has its default. */
@Service
@Transactional(readOnly = true)
public class SettingsService {

    static final String BURDEN_THRESHOLD = "burden_threshold";
    static final String REVIEW_MONTHS = "review_months";
    static final String MDO_DAYS = "mdo_days";
    static final String COST_PER_CLIENT = "cost_per_client_euros";
    static final String SMALL_COUNT = "small_count_threshold";

    private final SettingRepository settings;

    SettingsService(SettingRepository settings) {
        this.settings = settings;
    }

    @PreAuthorize(Permissions.AUTHENTICATED)
    public Settings current() {
        Map<String, Long> stored = settings.findAll().stream()
                .collect(Collectors.toMap(Setting::getName, Setting::getValue));
        Settings d = Settings.DEFAULTS;
        return new Settings(stored.getOrDefault(BURDEN_THRESHOLD, (long) d.burdenThreshold()).intValue(),
                stored.getOrDefault(REVIEW_MONTHS, (long) d.reviewMonths()).intValue(),
                stored.getOrDefault(MDO_DAYS, (long) d.mdoDays()).intValue(),
                stored.getOrDefault(COST_PER_CLIENT, d.costPerClientEuros()),
                stored.getOrDefault(SMALL_COUNT, (long) d.smallCountThreshold()).intValue());
    }

    /** Changes the settings; each number must lie in its sensible range. */
    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional
    public Settings change(Settings changed) {
        check(changed.burdenThreshold(), 1, 10, "error.settings.burdenThreshold");
        check(changed.reviewMonths(), 1, 24, "error.settings.reviewMonths");
        check(changed.mdoDays(), 7, 365, "error.settings.mdoDays");
        check(changed.costPerClientEuros(), 0, 1_000_000, "error.settings.costPerClient");
        check(changed.smallCountThreshold(), 1, 50, "error.settings.smallCount");
        Map<String, Function<Settings, Long>> values = Map.of(
                BURDEN_THRESHOLD, s -> (long) s.burdenThreshold(),
                REVIEW_MONTHS, s -> (long) s.reviewMonths(),
                MDO_DAYS, s -> (long) s.mdoDays(),
                COST_PER_CLIENT, Settings::costPerClientEuros,
                SMALL_COUNT, s -> (long) s.smallCountThreshold());
        values.forEach((name, value) -> {
            Setting setting = settings.findById(name).orElseGet(() -> new Setting(name, 0));
            setting.setValue(value.apply(changed));
            settings.save(setting);
        });
        return current();
    }

    private static void check(long value, long min, long max, String key) {
        if (value < min || value > max) {
            throw new BusinessRuleException(key, min, max);
        }
    }
}
