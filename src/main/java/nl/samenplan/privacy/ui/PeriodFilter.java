package nl.samenplan.privacy.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.privacy.AccessReports;
import nl.samenplan.privacy.ReportPeriod;

/** From and to (both included) for a report; the last twelve months unless changed. */
class PeriodFilter extends FlexLayout {

    private final DatePicker from = DatePickers.dutch(new DatePicker());
    private final DatePicker to = DatePickers.dutch(new DatePicker());

    PeriodFilter(LocalDate today) {
        ReportPeriod initial = AccessReports.lastYear(today);
        from.setLabel(getTranslation("access.period.from"));
        from.setValue(initial.from());
        from.setId("report-from");
        to.setLabel(getTranslation("access.period.to"));
        to.setValue(initial.to());
        to.setId("report-to");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        add(from, to);
    }

    /** Runs when either date changes. */
    void onChange(Runnable action) {
        from.addValueChangeListener(e -> action.run());
        to.addValueChangeListener(e -> action.run());
    }

    /** The period chosen, or the last twelve months while a date is missing or the two are the wrong way round. */
    ReportPeriod period() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        if (f == null || t == null || f.isAfter(t)) {
            to.setInvalid(f != null && t != null);
            to.setErrorMessage(getTranslation("error.accessReport.periodReversed"));
            return AccessReports.lastYear(LocalDate.now());
        }
        to.setInvalid(false);
        return new ReportPeriod(f, t);
    }
}
