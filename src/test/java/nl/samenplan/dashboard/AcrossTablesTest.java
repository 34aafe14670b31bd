package nl.samenplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.samenplan.dashboard.DashboardExport.Line;
import nl.samenplan.dashboard.DashboardExport.Unit;
import org.junit.jupiter.api.Test;

/** A number in one table of the export must not give away a count hidden in another. */
class AcrossTablesTest {

    @Test
    void who_stayed_at_home_is_hidden_when_the_outflow_to_stay_at_home_is() {
        List<Line> lines = new ArrayList<>(List.of(
                line("dashboard.section.waiting", "dashboard.figure.inflow", "9"),
                line("dashboard.section.outflow", "waitinglist.reason.blijft_thuis", "<5"),
                line("dashboard.section.outflow", "waitinglist.reason.opgenomen", "<5"),
                line("dashboard.section.outflow", "dashboard.figure.outflowTotal", "10"),
                line("dashboard.section.stayedHome", "dashboard.figure.stayedHome", "6"),
                line("dashboard.section.stayedHome", "dashboard.figure.costAvoided", "€ 230.400")));
        DashboardExport.acrossTables(lines, "<5");
        assertThat(value(lines, "dashboard.figure.stayedHome")).isEqualTo("<5");
        assertThat(value(lines, "dashboard.figure.costAvoided")).isEqualTo(DashboardExport.NOT_SHOWN);
        assertThat(value(lines, "dashboard.figure.outflowTotal")).isEqualTo("10");
    }

    @Test
    void a_hidden_inflow_takes_the_outflow_with_it_since_the_list_sizes_would_give_it_away() {
        List<Line> lines = new ArrayList<>(List.of(
                line("dashboard.section.waiting", "dashboard.figure.inflow", "<5"),
                line("dashboard.section.outflow", "waitinglist.reason.blijft_thuis", "7"),
                line("dashboard.section.outflow", "dashboard.figure.outflowTotal", "7"),
                line("dashboard.section.stayedHome", "dashboard.figure.stayedHome", "7")));
        DashboardExport.acrossTables(lines, "<5");
        assertThat(value(lines, "dashboard.figure.outflowTotal")).isEqualTo("<5");
        assertThat(value(lines, "waitinglist.reason.blijft_thuis")).isEqualTo("<5");
        assertThat(value(lines, "dashboard.figure.stayedHome")).isEqualTo("<5");
    }

    @Test
    void professional_care_hidden_on_the_ladder_hides_its_split_by_funding_domain() {
        List<Line> lines = new ArrayList<>(List.of(
                line("dashboard.section.ladder", "rung.professionele_zorg", "<5"),
                line("dashboard.section.domains", "dashboard.domain.wmo", "<5"),
                line("dashboard.section.domains", "dashboard.figure.professionalTotal", "6")));
        DashboardExport.acrossTables(lines, "<5");
        assertThat(value(lines, "dashboard.figure.professionalTotal")).isEqualTo("<5");
    }

    private static Line line(String section, String label, String current) {
        return new Line(section, label, Unit.COUNT, List.of(current, "20", "20"));
    }

    private static String value(List<Line> lines, String label) {
        return lines.stream().filter(l -> l.labelKey().equals(label)).findFirst().orElseThrow().values().get(0);
    }
}
