package nl.samenplan.dashboard.ui;


import com.vaadin.flow.component.html.Div;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.dashboard.DashboardService;
import nl.samenplan.dashboard.DashboardService.Figures;
import nl.samenplan.dashboard.DashboardService.LadderPoint;
import nl.samenplan.dashboard.DashboardService.WaitingPoint;
import nl.samenplan.dashboard.Period;

/** The dashboard's charts: the waiting list over time, outflow by reason, the ladder over time, funding domains. */
class DashboardCharts extends Div {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d-M", DutchFormats.DUTCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", DutchFormats.DUTCH);
    private static final List<String> RUNG_KEYS = List.of("rung.zelf", "rung.eigen_netwerk", "rung.vrijwilligers",
            "rung.algemene_voorzieningen", "rung.professionele_zorg");

    /** Small counts are hidden as in the exports: "<5" in the tables and the spoken text, no bar in the chart. */
    private final nl.samenplan.dashboard.Suppression small;

    DashboardCharts(Figures f) {
        small = new nl.samenplan.dashboard.Suppression(f.smallCountThreshold());
        addClassName("dashboard-charts");
        add(waiting(f), outflow(f), ladder(f), domains(f));
    }

    private String part(Period p) {
        if (p.start().getDayOfMonth() == 1 && p.end().equals(p.start().withDayOfMonth(p.start().lengthOfMonth()))) {
            return MONTH.format(p.start());
        }
        return SHORT.format(p.start()) + (p.start().equals(p.end()) ? "" : "–" + SHORT.format(p.end()));
    }

    private String count(long value) {
        return FigureCards.count(small, value);
    }

    /** The bars: a small count draws no bar (its height would tell it). */
    private List<Long> bars(List<Long> values) {
        return values.stream().map(v -> small.small(v) ? 0L : v).toList();
    }

    private ChartPanel waiting(Figures f) {
        List<WaitingPoint> points = f.waitingOverTime();
        List<String> parts = points.stream().map(p -> part(p.part())).toList();
        List<Long> sizes = points.stream().map(WaitingPoint::waiting).toList();
        String aria = getTranslation("dashboard.chart.waiting.aria", String.join(", ",
                IntStream.range(0, parts.size()).mapToObj(i -> parts.get(i) + ": " + count(sizes.get(i))).toList()));
        return new ChartPanel("chart-waiting", getTranslation("dashboard.chart.waiting"),
                BarChartSvg.render(aria, parts, List.of(new BarChartSvg.Series(
                        getTranslation("dashboard.figure.waitingAtEnd"), BarChartSvg.COLORS.get(0), bars(sizes)))),
                List.of(getTranslation("dashboard.column.part"), getTranslation("dashboard.figure.waitingAtEnd"),
                        getTranslation("dashboard.figure.inflow"), getTranslation("dashboard.figure.outflowTotal")),
                points.stream().map(p -> List.of(part(p.part()), count(p.waiting()), count(p.inflow()),
                        count(p.outflow()))).toList());
    }

    private ChartPanel outflow(Figures f) {
        List<String> reasons = new ArrayList<>(f.current().outflow().keySet());
        List<String> labels = reasons.stream().map(r -> getTranslation(r.isEmpty() ? "dashboard.reason.unknown"
                : "waitinglist.reason." + r.toLowerCase())).toList();
        List<Long> now = reasons.stream().map(r -> f.current().outflow().get(r)).toList();
        String aria = getTranslation("dashboard.chart.outflow.aria", String.join(", ",
                IntStream.range(0, labels.size()).mapToObj(i -> labels.get(i) + ": " + count(now.get(i))).toList()));
        return new ChartPanel("chart-outflow", getTranslation("dashboard.chart.outflow"),
                BarChartSvg.render(aria, labels.stream().map(l -> l.length() > 14 ? l.substring(0, 13) + "…" : l).toList(),
                        List.of(new BarChartSvg.Series(getTranslation("dashboard.figure.outflowTotal"),
                                BarChartSvg.COLORS.get(1), bars(now)))),
                List.of(getTranslation("dashboard.column.reason"), getTranslation("dashboard.column.current"),
                        getTranslation("dashboard.column.previous"), getTranslation("dashboard.column.baseline")),
                IntStream.range(0, reasons.size()).mapToObj(i -> List.of(labels.get(i), count(now.get(i)),
                        count(f.previous().outflow().getOrDefault(reasons.get(i), 0L)),
                        count(f.baseline().outflow().getOrDefault(reasons.get(i), 0L)))).toList());
    }

    private ChartPanel ladder(Figures f) {
        List<LadderPoint> points = f.ladderOverTime();
        List<String> parts = points.stream().map(p -> part(p.part())).toList();
        List<BarChartSvg.Series> series = new ArrayList<>();
        for (int r = 0; r < DashboardService.RUNGS; r++) {
            int rung = r;
            series.add(new BarChartSvg.Series(getTranslation(RUNG_KEYS.get(r)), BarChartSvg.COLORS.get(r),
                    bars(points.stream().map(p -> p.rungs().get(rung)).toList())));
        }
        String aria = getTranslation("dashboard.chart.ladder.aria", String.join(", ", points.stream()
                .map(p -> getTranslation("dashboard.chart.ladder.point", part(p.part()), count(p.informal()),
                        count(p.professional()))).toList()));
        List<String> headers = new ArrayList<>(List.of(getTranslation("dashboard.column.part")));
        RUNG_KEYS.forEach(k -> headers.add(getTranslation(k)));
        headers.add(getTranslation("dashboard.column.informalShare"));
        return new ChartPanel("chart-ladder", getTranslation("dashboard.chart.ladder"),
                BarChartSvg.render(aria, parts, series), headers, points.stream().map(p -> {
                    List<String> row = new ArrayList<>(List.of(part(p.part())));
                    p.rungs().forEach(v -> row.add(count(v)));
                    long all = p.informal() + p.professional();
                    row.add(all == 0 ? "-" : small.small(p.informal()) || small.small(p.professional()) ? small.hidden()
                            : FigureCards.decimal(100.0 * p.informal() / all) + "%");
                    return (List<String>) row;
                }).toList());
    }

    private ChartPanel domains(Figures f) {
        List<String> codes = new ArrayList<>(f.current().domains().keySet());
        List<String> labels = codes.stream().map(c -> c.isEmpty() ? getTranslation("dashboard.domain.none")
                : getTranslation("dashboard.domain." + c.toLowerCase())).toList();
        List<Long> now = codes.stream().map(c -> f.current().domains().get(c)).toList();
        String aria = getTranslation("dashboard.chart.domains.aria", String.join(", ",
                IntStream.range(0, labels.size()).mapToObj(i -> labels.get(i) + ": " + count(now.get(i))).toList()));
        return new ChartPanel("chart-domains", getTranslation("dashboard.chart.domains"),
                BarChartSvg.render(aria, labels, List.of(new BarChartSvg.Series(
                        getTranslation("rung.professionele_zorg"), BarChartSvg.COLORS.get(3), bars(now)))),
                List.of(getTranslation("dashboard.column.domain"), getTranslation("dashboard.column.current"),
                        getTranslation("dashboard.column.previous"), getTranslation("dashboard.column.baseline")),
                IntStream.range(0, codes.size()).mapToObj(i -> List.of(labels.get(i), count(now.get(i)),
                        count(f.previous().domains().getOrDefault(codes.get(i), 0L)),
                        count(f.baseline().domains().getOrDefault(codes.get(i), 0L)))).toList());
    }
}
