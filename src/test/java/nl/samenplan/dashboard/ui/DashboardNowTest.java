package nl.samenplan.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.samenplan.dashboard.DashboardService;
import nl.samenplan.dashboard.DashboardService.Filter;
import nl.samenplan.dashboard.Period;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard never counts the future: a running year shows its months up to this one. */
class DashboardNowTest extends KaribuTest {

    @Autowired
    private DashboardService dashboard;

    @Test
    void the_months_of_a_running_year_that_have_not_begun_are_not_shown() {
        login("manager");
        LocalDate today = LocalDate.now(clock);
        Period year = Period.containing(Period.Kind.YEAR, today);
        Filter own = dashboard.defaultFilter();
        var figures = dashboard.figures(new Filter(own.teamId(), null, year, year.yearEarlier()));
        assertThat(figures.waitingOverTime()).isNotEmpty()
                .allSatisfy(point -> assertThat(point.part().start()).isBeforeOrEqualTo(today));
        assertThat(figures.waitingOverTime().get(figures.waitingOverTime().size() - 1).part().start().getMonth())
                .isEqualTo(today.getMonth());
    }
}
