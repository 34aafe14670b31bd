package nl.samenplan.dashboard.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.base.ui.ViewToolbar;
import nl.samenplan.dashboard.DashboardService.Filter;
import nl.samenplan.dashboard.DashboardService.TeamOption;
import nl.samenplan.dashboard.Period;

/**
 * The dashboard's filters: team (or all teams), village (or all), the kind of period and a day in it (a custom period
 * from and to), and a day in the baseline period (the same kind of period; a custom baseline as long as the period).
 */
class DashboardFilters extends ViewToolbar {

    private final Select<Long> team = new Select<>();
    private final Select<String> village = new Select<>();
    private final Select<Period.Kind> kind = new Select<>();
    private final DatePicker day = DatePickers.dutch(new DatePicker());
    private final DatePicker to = DatePickers.dutch(new DatePicker());
    private final DatePicker baseline = DatePickers.dutch(new DatePicker());

    DashboardFilters(List<TeamOption> teams, Filter start, Consumer<Filter> changed) {
        team.setId("dashboard-team");
        team.setLabel(getTranslation("dashboard.filter.team"));
        team.setItems(teams.stream().map(TeamOption::id).toList());
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption(getTranslation("dashboard.filter.allTeams"));
        team.setItemLabelGenerator(id -> id == null ? getTranslation("dashboard.filter.allTeams")
                : teams.stream().filter(t -> Objects.equals(t.id(), id)).map(TeamOption::name).findFirst().orElse(""));
        team.setValue(start.teamId());

        village.setId("dashboard-village");
        village.setLabel(getTranslation("dashboard.filter.village"));
        village.setEmptySelectionAllowed(true);
        village.setEmptySelectionCaption(getTranslation("dashboard.filter.allVillages"));
        village.setItemLabelGenerator(v -> v == null ? getTranslation("dashboard.filter.allVillages") : v);

        kind.setId("dashboard-kind");
        kind.setLabel(getTranslation("dashboard.filter.kind"));
        kind.setItems(Period.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(start.period().kind());

        day.setId("dashboard-day");
        day.setLabel(getTranslation("dashboard.filter.day"));
        day.setValue(start.period().start());
        to.setId("dashboard-to");
        to.setLabel(getTranslation("dashboard.filter.to"));
        to.setValue(start.period().end());
        to.setVisible(start.period().kind() == Period.Kind.CUSTOM);
        baseline.setId("dashboard-baseline");
        baseline.setLabel(getTranslation("dashboard.filter.baseline"));
        baseline.setHelperText(getTranslation("dashboard.filter.baselineHelp"));
        baseline.setValue(start.baseline().start());

        add(team, village, kind, day, to, baseline);
        team.addValueChangeListener(e -> changed.accept(value()));
        village.addValueChangeListener(e -> changed.accept(value()));
        kind.addValueChangeListener(e -> {
            to.setVisible(e.getValue() == Period.Kind.CUSTOM);
            changed.accept(value());
        });
        day.addValueChangeListener(e -> changed.accept(value()));
        to.addValueChangeListener(e -> changed.accept(value()));
        baseline.addValueChangeListener(e -> changed.accept(value()));
    }

    /** The villages to choose from; a village that is gone is cleared. */
    void setVillages(List<String> villages) {
        String chosen = village.getValue();
        village.setItems(villages);
        village.setValue(villages.contains(chosen) ? chosen : null);
    }

    Long teamId() {
        return team.getValue();
    }

    /** The filter as chosen; an impossible custom range falls back to one day. */
    Filter value() {
        Period.Kind k = kind.getValue() == null ? Period.Kind.MONTH : kind.getValue();
        LocalDate from = day.getValue() == null ? LocalDate.now() : day.getValue();
        Period period;
        Period base;
        LocalDate baseDay = baseline.getValue() == null ? from.minusYears(1) : baseline.getValue();
        if (k == Period.Kind.CUSTOM) {
            LocalDate until = to.getValue() == null || to.getValue().isBefore(from) ? from : to.getValue();
            period = Period.custom(from, until);
            base = Period.custom(baseDay, baseDay.plusDays(period.days() - 1));
        } else {
            period = Period.containing(k, from);
            base = Period.containing(k, baseDay);
        }
        return new Filter(team.getValue(), village.getValue(), period, base);
    }
}
