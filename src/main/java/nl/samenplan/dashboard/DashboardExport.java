package nl.samenplan.dashboard;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.dashboard.DashboardService.Figures;
import nl.samenplan.dashboard.DashboardService.PeriodFigures;

/**
 * The funders' export: the dashboard's aggregates per period (this period, the one before, the baseline) as lines of
 * texts, anonymous: every count below the threshold shows as "<5", and so does every count or total from which a
 * hidden one could be worked out (see {@link Suppression}); days and euros derived from a hidden count are not shown
 * at all. Snapshots of today (caregivers at risk, overdue reviews) only have a value for this period.
 */
public record DashboardExport(String teamName, String village, List<Period> periods, int threshold, List<Line> lines) {

    public enum Unit {
        COUNT, DAYS, EUROS, PERCENT;

        public String labelKey() {
            return "dashboard.unit." + name().toLowerCase();
        }
    }

    /** One figure: its section and label (translation keys), its unit, and a text per period. */
    public record Line(String sectionKey, String labelKey, Unit unit, List<String> values) {
    }

    /** What a value that is not shown (derived from a hidden count, or not for this period) shows. */
    public static final String NOT_SHOWN = "-";

    static DashboardExport of(Figures f, String teamName) {
        Suppression s = new Suppression(f.smallCountThreshold());
        List<PeriodFigures> all = List.of(f.current(), f.previous(), f.baseline());
        List<Line> lines = new ArrayList<>();
        lines.add(counts("dashboard.section.waiting", "dashboard.figure.waitingAtEnd", all, s, p -> p.waiting()));
        lines.add(counts("dashboard.section.waiting", "dashboard.figure.inflow", all, s, p -> p.inflow()));
        List<String> reasons = new ArrayList<>(f.current().outflow().keySet());
        group(lines, "dashboard.section.outflow", reasons.stream().map(DashboardExport::reasonKey).toList(),
                "dashboard.figure.outflowTotal", all, s,
                p -> reasons.stream().mapToLong(r -> p.outflow().getOrDefault(r, 0L)).toArray(), PeriodFigures::outflowTotal);
        lines.add(counts("dashboard.section.stayedHome", "dashboard.figure.stayedHome", all, s, PeriodFigures::stayedHome));
        lines.add(new Line("dashboard.section.stayedHome", "dashboard.figure.costAvoided", Unit.EUROS, all.stream()
                .map(p -> s.small(p.stayedHome()) ? NOT_SHOWN : DutchFormats.euros(p.costAvoided())).toList()));
        boolean reductionShown = !s.small(f.current().waiting()) && !s.small(f.baseline().waiting());
        lines.add(new Line("dashboard.section.waiting", "dashboard.figure.reduction", Unit.COUNT,
                List.of(reductionShown ? Long.toString(f.reduction()) : NOT_SHOWN, NOT_SHOWN, NOT_SHOWN)));
        group(lines, "dashboard.section.ladder",
                List.of("rung.zelf", "rung.eigen_netwerk", "rung.vrijwilligers", "rung.algemene_voorzieningen",
                        "rung.professionele_zorg"), "dashboard.figure.agreementsTotal", all, s,
                p -> p.rungs().stream().mapToLong(Long::longValue).toArray(), PeriodFigures::agreements);
        List<String> domains = new ArrayList<>(f.current().domains().keySet());
        group(lines, "dashboard.section.domains", domains.stream().map(d -> "dashboard.domain." + d.toLowerCase()).toList(),
                "dashboard.figure.professionalTotal", all, s,
                p -> domains.stream().mapToLong(d -> p.domains().getOrDefault(d, 0L)).toArray(),
                p -> p.domains().values().stream().mapToLong(Long::longValue).sum());
        lines.add(counts("dashboard.section.lead", "dashboard.figure.needsMet", all, s, p -> p.lead().count()));
        lines.add(new Line("dashboard.section.lead", "dashboard.figure.leadMedian", Unit.DAYS, all.stream()
                .map(p -> s.small(p.lead().count()) ? NOT_SHOWN : days(p.lead().medianDays())).toList()));
        lines.add(new Line("dashboard.section.lead", "dashboard.figure.leadP90", Unit.DAYS, all.stream()
                .map(p -> s.small(p.lead().count()) ? NOT_SHOWN : days(p.lead().p90Days())).toList()));
        lines.add(counts("dashboard.section.signals", "dashboard.figure.tasksFailed", all, s, PeriodFigures::tasksFailed));
        lines.add(new Line("dashboard.section.signals", "dashboard.figure.caregiversAtRisk", Unit.COUNT,
                List.of(s.count(f.caregiversAtRisk()), NOT_SHOWN, NOT_SHOWN)));
        lines.add(new Line("dashboard.section.signals", "dashboard.figure.overdueReviews", Unit.COUNT,
                List.of(s.count(f.overdueReviews()), NOT_SHOWN, NOT_SHOWN)));
        acrossTables(lines, s.hidden());
        return new DashboardExport(teamName, f.filter().village(),
                all.stream().map(PeriodFigures::period).toList(), f.smallCountThreshold(), List.copyOf(lines));
    }

    /**
     * Suppression across tables, per period: a number shown in one table must not give away a count hidden in
     * another. Who stayed at home is (almost) the outflow "blijft thuis"; the waiting list at the end of this period
     * and of the previous one with the inflow give the outflow; the professional agreements per domain add up to
     * rung 4 of the ladder.
     */
    static void acrossTables(List<Line> lines, String hidden) {
        for (int i = 0; i < 3; i++) {
            // size at the end = size before + inflow - outflow: with one of the two hidden, hide both (the outflow
            // with its parts, which add up to it)
            if (isHidden(lines, "dashboard.figure.inflow", i, hidden)
                    != isHidden(lines, "dashboard.figure.outflowTotal", i, hidden)) {
                hide(lines, "dashboard.figure.inflow", i, hidden);
                hideSection(lines, "dashboard.section.outflow", i, hidden);
            }
            if (isHidden(lines, "waitinglist.reason.blijft_thuis", i, hidden)) {
                hide(lines, "dashboard.figure.stayedHome", i, hidden);
                hide(lines, "dashboard.figure.costAvoided", i, NOT_SHOWN);
            }
            if (isHidden(lines, "rung.professionele_zorg", i, hidden)) {
                hideSection(lines, "dashboard.section.domains", i, hidden);
            }
        }
    }

    private static void hideSection(List<Line> lines, String sectionKey, int period, String hidden) {
        lines.stream().filter(l -> l.sectionKey().equals(sectionKey)).map(Line::labelKey).toList()
                .forEach(key -> hide(lines, key, period, hidden));
    }

    private static boolean isHidden(List<Line> lines, String labelKey, int period, String hidden) {
        return lines.stream().filter(l -> l.labelKey().equals(labelKey)).anyMatch(l -> l.values().get(period)
                .equals(hidden));
    }

    private static void hide(List<Line> lines, String labelKey, int period, String text) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.labelKey().equals(labelKey)) {
                List<String> values = new ArrayList<>(line.values());
                values.set(period, text);
                lines.set(i, new Line(line.sectionKey(), line.labelKey(), line.unit(), List.copyOf(values)));
            }
        }
    }

    static String reasonKey(String reason) {
        return reason.isEmpty() ? "dashboard.reason.unknown" : "waitinglist.reason." + reason.toLowerCase();
    }

    /** Days with one decimal, Dutch style ("3,5"). */
    static String days(Double days) {
        if (days == null) {
            return NOT_SHOWN;
        }
        NumberFormat format = NumberFormat.getNumberInstance(DutchFormats.DUTCH);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(days);
    }

    private static Line counts(String section, String label, List<PeriodFigures> all, Suppression s,
            java.util.function.ToLongFunction<PeriodFigures> value) {
        return new Line(section, label, Unit.COUNT, all.stream().map(p -> s.count(value.applyAsLong(p))).toList());
    }

    /** Parts with their total, suppressed together per period. */
    private static void group(List<Line> lines, String section, List<String> partKeys, String totalKey,
            List<PeriodFigures> all, Suppression s, java.util.function.Function<PeriodFigures, long[]> parts,
            java.util.function.ToLongFunction<PeriodFigures> total) {
        List<List<String>> perPeriod = all.stream().map(p -> s.groupTexts(parts.apply(p), total.applyAsLong(p))).toList();
        for (int i = 0; i <= partKeys.size(); i++) {
            int index = i;
            lines.add(new Line(section, i < partKeys.size() ? partKeys.get(i) : totalKey, Unit.COUNT,
                    perPeriod.stream().map(texts -> texts.get(index)).toList()));
        }
    }

    /** A funding domain's label for a code (WMO → Wmo). */
    public static String domainLabel(String code) {
        try {
            return FundingDomain.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

}
