package nl.samenplan.dashboard;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.Settings;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's figures: aggregates per team (or all teams), village and period, compared with the period before
 * and a baseline. Only counts leave this service, never a client; the funders' export hides small counts.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** The leave reasons of the waiting list, in the order the dashboard shows them (the first is the aim). */
    public static final List<String> REASONS = List.of("BLIJFT_THUIS", "OPGENOMEN", "OVERLEDEN", "NIET_MEER_NODIG",
            "VERHUISD");
    public static final List<String> DOMAINS = List.of("WMO", "ZVW", "WLZ");
    /** Rungs 0-3 are informal (zelf, eigen netwerk, vrijwilligers, algemene voorzieningen), rung 4 professional. */
    public static final int RUNGS = 5;

    private final DashboardQueries queries;
    private final SettingsService settings;
    private final Clock clock;

    DashboardService(DashboardQueries queries, SettingsService settings, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    /** The teams to choose from: only those the beheerder lets this manager follow. */
    @PreAuthorize(Permissions.DASHBOARD_READ)
    public List<TeamOption> teams() {
        return followed().stream().map(t -> new TeamOption(t.id(), t.name())).toList();
    }

    /**
     * The filter the dashboard opens with: the manager's own team when they follow it (else all the teams they
     * follow), all villages, this month vs a year ago.
     */
    @PreAuthorize(Permissions.DASHBOARD_READ)
    public Filter defaultFilter() {
        Period month = Period.containing(Period.Kind.MONTH, LocalDate.now(clock));
        Long own = CurrentUser.require().teamId().orElse(null);
        boolean follows = own != null && followed().stream().anyMatch(t -> t.id() == own);
        return new Filter(follows ? own : null, null, month, month.yearEarlier());
    }

    /** The villages of the team's clients (all followed teams when null); another team is refused. */
    @PreAuthorize(Permissions.DASHBOARD_READ)
    public List<String> villages(Long teamId) {
        return queries.villages(new DashboardQueries.Scope(teamsFor(teamId), null));
    }

    private List<DashboardQueries.Team> followed() {
        return queries.followedTeams(CurrentUser.require().userId());
    }

    /**
     * The teams a filter covers: the one asked for, which must be one the manager follows (another team's figures
     * are refused, whatever the address or the parameter says), or all followed teams when none is asked for.
     */
    private List<Long> teamsFor(Long teamId) {
        List<Long> mine = followed().stream().map(DashboardQueries.Team::id).toList();
        if (teamId == null) {
            return mine;
        }
        if (!mine.contains(teamId)) {
            throw new BusinessRuleException("error.dashboard.teamNotFollowed");
        }
        return List.of(teamId);
    }

    /** Every figure of the dashboard for the filter. */
    @PreAuthorize(Permissions.DASHBOARD_READ)
    public Figures figures(Filter filter) {
        Settings s = settings.current();
        DashboardQueries.Scope scope = new DashboardQueries.Scope(teamsFor(filter.teamId()),
                blankToNull(filter.village()));
        Period period = filter.period();
        LocalDate today = LocalDate.now(clock);
        // Nothing is counted in the future: parts that have not begun are left out, the current one counts up to today
        List<Period> parts = period.parts().stream().filter(p -> !p.start().isAfter(today)).toList();
        // The days the figures are counted on: the end of every part and of the three periods, each in one pass
        List<LocalDate> days = new ArrayList<>(parts.stream().map(p -> upTo(p, today)).toList());
        List<Period> periods = List.of(period, period.previous(), filter.baseline());
        periods.forEach(p -> {
            if (!days.contains(upTo(p, today))) {
                days.add(upTo(p, today));
            }
        });
        List<Long> sizes = queries.waitingOn(scope, days);
        List<Map<String, Long>> agreements = queries.agreementCounts(scope, days);
        // a year's baseline is the year before: the same period is counted once
        Map<Period, PeriodFigures> counted = new LinkedHashMap<>();
        List<PeriodFigures> three = periods.stream().map(p -> counted.computeIfAbsent(p, q -> {
            int i = days.indexOf(upTo(q, today));
            return periodFigures(scope, q, s, sizes.get(i), agreements.get(i));
        })).toList();

        List<long[]> flows = parts.isEmpty() ? List.of() : queries.flows(scope, parts);
        List<WaitingPoint> waitingOverTime = new ArrayList<>();
        List<LadderPoint> ladderOverTime = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Period part = parts.get(i);
            waitingOverTime.add(new WaitingPoint(part, sizes.get(i), flows.get(i)[0], flows.get(i)[1]));
            ladderOverTime.add(new LadderPoint(part, rungs(agreements.get(i))));
        }
        return new Figures(filter, today, s.costPerClientEuros(), s.smallCountThreshold(), s.burdenThreshold(),
                three.get(0), three.get(1), three.get(2), waitingOverTime, ladderOverTime,
                queries.caregiversAtRisk(scope, s.burdenThreshold()), queries.overdueReviews(scope, today));
    }

    /** The day a period's state is counted on: its last day, or today while it is still running. */
    private static LocalDate upTo(Period period, LocalDate today) {
        return period.end().isAfter(today) ? today : period.end();
    }

    /** The same aggregates for funders, per period (this one, the one before, the baseline), small counts hidden. */
    @PreAuthorize(Permissions.DASHBOARD_READ)
    @LogsAccess(AccessEventType.DATA_EXPORTED)
    public DashboardExport export(Filter filter) {
        return DashboardExport.of(figures(filter), teamName(filter.teamId()));
    }

    private String teamName(Long teamId) {
        return teamId == null ? null
                : followed().stream().filter(t -> t.id() == teamId).map(DashboardQueries.Team::name).findFirst()
                        .orElse(null);
    }

    private PeriodFigures periodFigures(DashboardQueries.Scope scope, Period period, Settings s, long size,
            Map<String, Long> agreements) {
        Map<String, Long> found = queries.outflow(scope, period);
        Map<String, Long> outflow = new LinkedHashMap<>();
        REASONS.forEach(r -> outflow.put(r, found.getOrDefault(r, 0L)));
        found.forEach(outflow::putIfAbsent);
        long stayedHome = queries.stayedHome(scope, period);
        Map<String, Long> domains = new LinkedHashMap<>();
        DOMAINS.forEach(d -> domains.put(d, agreements.getOrDefault("4|" + d, 0L)));
        agreements.forEach((key, count) -> {
            if (key.startsWith("4|") && count > 0) {
                domains.putIfAbsent(key.substring(2), count);
            }
        });
        DashboardQueries.Lead lead = queries.needToAgreement(scope, period);
        return new PeriodFigures(period, size, queries.inflow(scope, period), outflow, stayedHome,
                stayedHome * s.costPerClientEuros(), rungs(agreements), domains,
                new Lead(lead.count(), lead.medianDays(), lead.p90Days()), queries.tasksFailed(scope, period));
    }

    /** Counts per rung 0-4 from the "rung|domain" counts of one day. */
    private static List<Long> rungs(Map<String, Long> agreements) {
        long[] perRung = new long[RUNGS];
        agreements.forEach((key, count) -> {
            int rung = Integer.parseInt(key.substring(0, key.indexOf('|')));
            if (rung >= 0 && rung < RUNGS) {
                perRung[rung] += count;
            }
        });
        return toList(perRung);
    }

    private static List<Long> toList(long[] values) {
        List<Long> list = new ArrayList<>();
        for (long v : values) {
            list.add(v);
        }
        return list;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** What the dashboard shows: a team (null: all followed teams), a village (null: all), the period and the baseline. */
    public record Filter(Long teamId, String village, Period period, Period baseline) {
    }

    public record TeamOption(long id, String name) {
    }

    /** Everything on the dashboard. Caregivers at risk and overdue reviews are as they are today. */
    public record Figures(Filter filter, LocalDate today, long costPerClientEuros, int smallCountThreshold,
            int burdenThreshold, PeriodFigures current, PeriodFigures previous, PeriodFigures baseline,
            List<WaitingPoint> waitingOverTime, List<LadderPoint> ladderOverTime, long caregiversAtRisk,
            long overdueReviews) {

        /** Fewer on the list at the end of the period than at the end of the baseline (negative: more). */
        public long reduction() {
            return baseline.waiting() - current.waiting();
        }

        /** The reduction as a percentage of the baseline; null when the baseline list was empty. */
        public Double reductionPercent() {
            return baseline.waiting() == 0 ? null : 100.0 * reduction() / baseline.waiting();
        }
    }

    /**
     * The figures of one period: on the list at its end, placed on it and left it (per reason) within it, of whom
     * stayed at home (different clients) and the cost avoided, agreements in force at its end per rung and (rung 4)
     * per funding domain, needs met within it with the days from need to agreement, and tasks set to "lukt niet".
     */
    public record PeriodFigures(Period period, long waiting, long inflow, Map<String, Long> outflow, long stayedHome,
            long costAvoided, List<Long> rungs, Map<String, Long> domains, Lead lead, long tasksFailed) {

        public long outflowTotal() {
            return outflow.values().stream().mapToLong(Long::longValue).sum();
        }

        public long informal() {
            return rungs.subList(0, RUNGS - 1).stream().mapToLong(Long::longValue).sum();
        }

        public long professional() {
            return rungs.get(RUNGS - 1);
        }

        public long agreements() {
            return informal() + professional();
        }

        /** The informal share in percent; null without agreements. */
        public Double informalShare() {
            return agreements() == 0 ? null : 100.0 * informal() / agreements();
        }
    }

    /** Days from a need to its first agreement for the needs met in a period; the days are null without needs. */
    public record Lead(long count, Double medianDays, Double p90Days) {
    }

    /** A point of the waiting list over time: on the list at the end of the part, in and out within it. */
    public record WaitingPoint(Period part, long waiting, long inflow, long outflow) {
    }

    /** A point of the ladder over time: agreements in force at the end of the part, per rung 0-4. */
    public record LadderPoint(Period part, List<Long> rungs) {

        public long informal() {
            return rungs.subList(0, RUNGS - 1).stream().mapToLong(Long::longValue).sum();
        }

        public long professional() {
            return rungs.get(RUNGS - 1);
        }
    }
}
