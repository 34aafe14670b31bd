package nl.samenplan.catalog;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.Changed;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.dao.DataIntegrityViolationException;
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
    static final String RETENTION_YEARS = "retention_years";
    /** The shortest retention term: the job must never anonymise a file that was closed only just now. */
    static final int MIN_RETENTION_YEARS = 1;
    static final int MAX_RETENTION_YEARS = 100;

    private final SettingRepository settings;
    private final java.time.Clock clock;

    SettingsService(SettingRepository settings, java.time.Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @PreAuthorize(Permissions.AUTHENTICATED)
    public Settings current() {
        return of(settings.findAll());
    }

    /** The settings as the beheerder's form shows them: with their revision, to be handed back on save. */
    @PreAuthorize(Permissions.ADMINISTRATION)
    public Revised forChange() {
        return revised(settings.findAll());
    }

    private static Settings of(java.util.List<Setting> all) {
        Map<String, Long> stored = all.stream().collect(Collectors.toMap(Setting::getName, Setting::getValue));
        Settings d = Settings.DEFAULTS;
        return new Settings(stored.getOrDefault(BURDEN_THRESHOLD, (long) d.burdenThreshold()).intValue(),
                stored.getOrDefault(REVIEW_MONTHS, (long) d.reviewMonths()).intValue(),
                stored.getOrDefault(MDO_DAYS, (long) d.mdoDays()).intValue(),
                stored.getOrDefault(COST_PER_CLIENT, d.costPerClientEuros()),
                (int) Math.max(Settings.MIN_SMALL_COUNT, stored.getOrDefault(SMALL_COUNT, (long) d.smallCountThreshold())),
                stored.getOrDefault(RETENTION_YEARS, (long) d.retentionYears()).intValue());
    }

    /**
     * Changes the settings; each number must lie in its sensible range. {@code seenRevision} is the revision the
     * beheerder's form showed: if another beheerder saved the settings since, nothing is stored and the user is
     * told who did (their own input stays in the form). One change at a time: the rows are locked while checked.
     */
    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public Revised change(long seenRevision, Settings changed) {
        check(changed.burdenThreshold(), 1, 10, "error.settings.burdenThreshold");
        check(changed.reviewMonths(), 1, 24, "error.settings.reviewMonths");
        check(changed.mdoDays(), 7, 365, "error.settings.mdoDays");
        check(changed.costPerClientEuros(), 0, 1_000_000, "error.settings.costPerClient");
        if (changed.smallCountThreshold() < Settings.MIN_SMALL_COUNT) {
            // fewer than five would let a person be recognised in the dashboard's and the exports' figures
            throw new BusinessRuleException("error.settings.smallCountMinimum", Settings.MIN_SMALL_COUNT);
        }
        check(changed.smallCountThreshold(), Settings.MIN_SMALL_COUNT, 50, "error.settings.smallCount");
        check(changed.retentionYears(), MIN_RETENTION_YEARS, MAX_RETENTION_YEARS, "error.settings.retentionYears");
        java.util.List<Setting> stored = settings.allForUpdate();
        Revised now = revised(stored);
        if (now.revision() != seenRevision) {
            throw Changed.meanwhile("error.settings.changed", now.changedBy());
        }
        Map<String, Setting> byName = stored.stream().collect(Collectors.toMap(Setting::getName, s -> s));
        Map<String, Function<Settings, Long>> values = Map.of(
                BURDEN_THRESHOLD, s -> (long) s.burdenThreshold(),
                REVIEW_MONTHS, s -> (long) s.reviewMonths(),
                MDO_DAYS, s -> (long) s.mdoDays(),
                COST_PER_CLIENT, Settings::costPerClientEuros,
                SMALL_COUNT, s -> (long) s.smallCountThreshold(),
                RETENTION_YEARS, s -> (long) s.retentionYears());
        String by = CurrentUser.require().displayName();
        java.time.Instant at = clock.instant();
        Settings before = now.settings();
        values.forEach((name, value) -> {
            Setting setting = byName.get(name);
            if (setting == null) {
                if (value.apply(changed).equals(value.apply(before))) {
                    return; // still the default: nothing to store
                }
                setting = new Setting(name, value.apply(changed));
            }
            setting.change(value.apply(changed), by, at);
            settings.save(setting);
        });
        try {
            settings.flush();
        } catch (DataIntegrityViolationException e) {
            // another beheerder stored a setting for the first time at this very moment
            throw Changed.meanwhile("error.settings.changed", null);
        }
        return revised(settings.findAll());
    }

    /**
     * The settings with a revision that grows with every change: the sum of the stored rows' versions plus one
     * per stored row (a version only grows, and a first-time row adds one), and who changed them last.
     */
    private static Revised revised(java.util.List<Setting> all) {
        long revision = all.stream().mapToLong(s -> s.getVersion() + 1).sum();
        String by = all.stream().filter(s -> s.getChangedAt() != null)
                .max(java.util.Comparator.comparing(Setting::getChangedAt)).map(Setting::getChangedBy).orElse(null);
        return new Revised(of(all), revision, by);
    }

    /** The settings, their revision (hand it back on save) and who changed them last (null: unknown). */
    public record Revised(Settings settings, long revision, String changedBy) {
    }

    private static void check(long value, long min, long max, String key) {
        if (value < min || value > max) {
            throw new BusinessRuleException(key, min, max);
        }
    }
}
