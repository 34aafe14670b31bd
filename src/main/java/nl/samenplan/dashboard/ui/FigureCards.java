package nl.samenplan.dashboard.ui;

import nl.samenplan.dashboard.Suppression;

import com.vaadin.flow.component.html.Div;
import java.text.NumberFormat;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.dashboard.DashboardService.Figures;
import nl.samenplan.dashboard.DashboardService.PeriodFigures;

/** The dashboard's figures as cards, each compared with the period before (and the waiting list with the baseline). */
class FigureCards extends Div {

    /** Small counts are hidden on screen as in the exports ("<5"), and so is what they could be worked out from. */
    private final Suppression small;

    FigureCards(Figures f) {
        small = new Suppression(f.smallCountThreshold());
        setId("dashboard-cards");
        addClassName("figure-cards");
        PeriodFigures now = f.current();
        PeriodFigures before = f.previous();
        add(new FigureCard("fig-waiting", getTranslation("dashboard.figure.waitingAtEnd"), count(now.waiting()),
                getTranslation("dashboard.compare.both", count(before.waiting()), count(f.baseline().waiting())), null));
        add(new FigureCard("fig-reduction", getTranslation("dashboard.figure.reduction"), small.small(now.waiting()) || small.small(f.baseline().waiting()) ? small.hidden()
                        : count(f.reduction()),
                small.small(now.waiting()) || small.small(f.baseline().waiting())
                        ? getTranslation("dashboard.compare.noBaseline") : f.reductionPercent() == null ? getTranslation("dashboard.compare.noBaseline")
                        : getTranslation("dashboard.compare.percent", decimal(f.reductionPercent())), null));
        add(new FigureCard("fig-inflow", getTranslation("dashboard.figure.inflow"), count(now.inflow()),
                previous(before.inflow()), null));
        add(new FigureCard("fig-outflow", getTranslation("dashboard.figure.outflowTotal"), count(now.outflowTotal()),
                previous(before.outflowTotal()), null));
        add(new FigureCard("fig-stayed-home", getTranslation("dashboard.figure.stayedHome"), count(now.stayedHome()),
                previous(before.stayedHome()), null));
        add(new FigureCard("fig-cost", getTranslation("dashboard.figure.costAvoided"), small.small(now.stayedHome()) ? small.hidden()
                : DutchFormats.euros(now.costAvoided()),
                getTranslation("dashboard.cost.formula", count(now.stayedHome()), DutchFormats.euros(f.costPerClientEuros())),
                getTranslation("dashboard.cost.source")));
        add(new FigureCard("fig-informal", getTranslation("dashboard.figure.informalShare"),
                now.informalShare() == null ? "-" : small.small(now.informal()) || small.small(now.professional())
                        ? small.hidden() : decimal(now.informalShare()) + "%",
                getTranslation("dashboard.compare.ladder", count(now.informal()), count(now.professional())), null));
        add(new FigureCard("fig-lead-median", getTranslation("dashboard.figure.leadMedian"), days(now.lead().medianDays()),
                getTranslation("dashboard.compare.needs", count(now.lead().count())), null));
        add(new FigureCard("fig-lead-p90", getTranslation("dashboard.figure.leadP90"), days(now.lead().p90Days()),
                getTranslation("dashboard.compare.previousDays", days(before.lead().medianDays()),
                        days(before.lead().p90Days())), null));
        add(new FigureCard("fig-caregivers", getTranslation("dashboard.figure.caregiversAtRisk"),
                count(f.caregiversAtRisk()), getTranslation("dashboard.compare.threshold", f.burdenThreshold()), null));
        add(new FigureCard("fig-reviews", getTranslation("dashboard.figure.overdueReviews"), count(f.overdueReviews()),
                getTranslation("dashboard.compare.today", DutchFormats.date(f.today())), null));
        add(new FigureCard("fig-tasks-failed", getTranslation("dashboard.figure.tasksFailed"), count(now.tasksFailed()),
                previous(before.tasksFailed()), null));
    }

    private String previous(long value) {
        return getTranslation("dashboard.compare.previous", count(value));
    }

    private String count(long value) {
        return count(small, value);
    }

    /** A count as the screen shows it: "<5" when small, else in Dutch digits. */
    static String count(Suppression small, long value) {
        return small.small(value) ? small.hidden() : NumberFormat.getIntegerInstance(DutchFormats.DUTCH).format(value);
    }

    static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(DutchFormats.DUTCH);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private String days(Double value) {
        return value == null ? "-" : getTranslation("dashboard.days", decimal(value));
    }
}
