package nl.samenplan.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.samenplan.base.ui.AccessDeniedView;
import nl.samenplan.catalog.Settings;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.dashboard.DashboardCsv;
import nl.samenplan.dashboard.DashboardExport;
import nl.samenplan.dashboard.DashboardPdf;
import nl.samenplan.dashboard.DashboardService;
import nl.samenplan.dashboard.DashboardService.Figures;
import nl.samenplan.dashboard.DashboardService.Filter;
import nl.samenplan.dashboard.Period;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The dashboard's figures against a small hand-computed fixture in a team of its own (the shared database also holds
 * the demo data): the second quarter of 2023, compared with the first quarter and the second quarter of 2022.
 */
class DashboardFiguresTest extends KaribuTest {

    private static final Period Q2 = Period.quarter(2023, 2);
    private static final Period BASELINE = Period.quarter(2022, 2);
    private static final String SECRET_NAME = "Dashboardgeheim";
    private static final String SECRET_STREET = "Verborgenpad 7";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DashboardService dashboard;
    @Autowired
    private SettingsService settingsService;

    private long team;
    private long firstClient;

    @BeforeEach
    void fixture() {
        team = insert("insert into team (version, name, area) values (0, ?, 'Testgebied')",
                "Dashboardteam " + System.nanoTime());
        long c1 = client("Aadorp");
        firstClient = c1;
        long c2 = client("Aadorp");
        long c3 = client("Aadorp");
        long c4 = client("Aadorp");
        long c5 = client("Aadorp");
        long c6 = client("Aadorp");
        long c7 = client("Beedorp");
        // The waiting list, with edges: leaving on the first and last day of the quarter, placed on the last day of
        // the quarter before, a client who comes back, one placed after the period, one in another village.
        entry(c1, "Aadorp", "2022-01-10", null, null);
        entry(c2, "Aadorp", "2022-03-01", "2023-04-01", "BLIJFT_THUIS");
        entry(c3, "Aadorp", "2023-03-31", "2023-06-30", "OPGENOMEN");
        entry(c4, "Aadorp", "2022-05-01", "2022-12-01", "BLIJFT_THUIS");
        entry(c4, "Aadorp", "2023-05-15", null, null);
        entry(c5, "Aadorp", "2023-07-01", null, null);
        entry(c6, "Aadorp", "2023-04-10", "2023-05-20", "BLIJFT_THUIS");
        entry(c7, "Beedorp", "2022-06-01", null, null);
        // Agreements on the first client's plan
        long plan = insert("insert into plan (version, client_id, owner_id, owner_name, revision_no, updated_at, updated_by)"
                + " values (0, ?, 1, 'Test', 0, now(), 'Test')", c1);
        agreement(plan, 0, "2023-01-05T09:00", null, null, null, null, null);
        agreement(plan, 1, "2023-02-01T09:00", "2023-02-01", "2023-05-31", null, null, null);
        agreement(plan, 4, "2022-01-01T09:00", null, null, "WMO", "GOEDGEKEURD", "2000-01-01");
        agreement(plan, 4, "2023-01-01T09:00", null, null, "ZVW", "TER_GOEDKEURING", null);
        agreement(plan, 2, "2023-06-30T12:00", null, null, null, null, null);
        // Needs met: 2, 35, 4, 6 and 20 23/24 days in the quarter; one met just after it
        need(c1, "2023-04-02T00:00", "2023-04-04T00:00");
        need(c1, "2023-03-01T00:00", "2023-04-05T00:00");
        need(c1, "2023-05-01T00:00", "2023-05-05T00:00");
        need(c1, "2023-06-01T00:00", "2023-06-07T00:00");
        need(c1, "2023-06-10T00:00", "2023-06-30T23:00");
        need(c1, "2023-06-25T00:00", "2023-07-01T00:00");
        // Caregivers: one at 10 (above any threshold), one at 0, and a non-caregiver at 10
        jdbc.update("insert into network_member (version, client_id, name, relation, caregiver, burden_score, created_at)"
                + " values (0, ?, 'Mantelzorger Een', 'PARTNER', true, 10, now()), (0, ?, 'Mantelzorger Twee', 'KIND', true, 0,"
                + " now()), (0, ?, 'Buurman', 'BUUR', false, 10, now())", c1, c1, c1);
        // Tasks: "lukt niet" on the first moment of the quarter and just before its end count; after it and "gedaan" not
        task(c1, "LUKT_NIET", "2023-04-01T00:00");
        task(c1, "LUKT_NIET", "2023-06-30T23:59");
        task(c1, "LUKT_NIET", "2023-07-01T00:00");
        task(c1, "GEDAAN", "2023-05-01T00:00");
        // the beheerder lets the manager follow this team too (a manager sees only the teams they follow)
        jdbc.update("insert into manager_team (user_id, team_id) select id, ? from app_user where username = 'manager'",
                team);
        login("manager");
    }

    @Test
    void the_waiting_list_counts_sizes_at_the_end_inflow_outflow_by_reason_and_the_reduction_against_the_baseline() {
        Figures f = dashboard.figures(new Filter(team, null, Q2, BASELINE));

        assertThat(f.current().waiting()).isEqualTo(3);
        assertThat(f.previous().waiting()).isEqualTo(4);
        assertThat(f.baseline().waiting()).isEqualTo(4);
        assertThat(f.current().inflow()).isEqualTo(2);
        assertThat(f.previous().inflow()).isEqualTo(1);
        assertThat(f.baseline().inflow()).isEqualTo(2);
        assertThat(f.current().outflow()).containsEntry("BLIJFT_THUIS", 2L).containsEntry("OPGENOMEN", 1L)
                .containsEntry("OVERLEDEN", 0L);
        assertThat(f.current().outflowTotal()).isEqualTo(3);
        assertThat(f.previous().outflowTotal()).isZero();
        assertThat(f.reduction()).isEqualTo(1);
        assertThat(f.reductionPercent()).isCloseTo(25.0, within(0.001));
        assertThat(f.waitingOverTime()).extracting(DashboardService.WaitingPoint::waiting).containsExactly(4L, 4L, 3L);
        assertThat(f.waitingOverTime()).extracting(DashboardService.WaitingPoint::inflow).containsExactly(1L, 1L, 0L);
        assertThat(f.waitingOverTime()).extracting(DashboardService.WaitingPoint::outflow).containsExactly(1L, 1L, 1L);
    }

    @Test
    void clients_who_stay_at_home_are_counted_once_each_and_priced_at_the_setting() {
        Settings settings = settingsService.current();
        Figures f = dashboard.figures(new Filter(team, null, Q2, BASELINE));

        assertThat(f.current().stayedHome()).isEqualTo(2);
        assertThat(f.current().costAvoided()).isEqualTo(2 * settings.costPerClientEuros());
        assertThat(f.baseline().stayedHome()).isZero();
    }

    @Test
    void the_village_filter_uses_the_village_of_the_waiting_list_entry() {
        Figures f = dashboard.figures(new Filter(team, "Beedorp", Q2, BASELINE));

        assertThat(f.current().waiting()).isEqualTo(1);
        assertThat(f.current().outflowTotal()).isZero();
        assertThat(f.current().agreements()).isZero();
    }

    @Test
    void agreements_in_force_at_the_end_count_per_rung_and_unapproved_professional_care_does_not() {
        Figures f = dashboard.figures(new Filter(team, null, Q2, BASELINE));

        assertThat(f.current().rungs()).containsExactly(1L, 0L, 1L, 0L, 1L);
        assertThat(f.previous().rungs()).containsExactly(1L, 1L, 0L, 0L, 1L);
        assertThat(f.baseline().rungs()).containsExactly(0L, 0L, 0L, 0L, 1L);
        assertThat(f.current().informalShare()).isCloseTo(200.0 / 3, within(0.001));
        assertThat(f.current().domains()).isEqualTo(Map.of("WMO", 1L, "ZVW", 0L, "WLZ", 0L));
        assertThat(f.ladderOverTime().get(0).rungs()).containsExactly(1L, 1L, 0L, 0L, 1L);
    }

    @Test
    void time_from_need_to_agreement_has_its_median_and_90th_percentile_over_the_needs_met_in_the_period() {
        Figures f = dashboard.figures(new Filter(team, null, Q2, BASELINE));

        assertThat(f.current().lead().count()).isEqualTo(5);
        // sorted 2, 4, 6, 20.958, 35: the median is 6; p90 lies 0.6 of the way from 20.958 to 35
        assertThat(f.current().lead().medianDays()).isCloseTo(6.0, within(0.001));
        assertThat(f.current().lead().p90Days()).isCloseTo(20 + 23 / 24.0 + 0.6 * (35 - 20 - 23 / 24.0), within(0.001));
        assertThat(f.previous().lead().count()).isZero();
        assertThat(f.previous().lead().medianDays()).isNull();
    }

    @Test
    void signals_count_caregivers_at_risk_overdue_reviews_and_tasks_that_did_not_work_out_in_the_period() {
        Figures f = dashboard.figures(new Filter(team, null, Q2, BASELINE));

        assertThat(f.caregiversAtRisk()).isEqualTo(1);
        assertThat(f.overdueReviews()).isEqualTo(1);
        assertThat(f.current().tasksFailed()).isEqualTo(2);
        assertThat(f.previous().tasksFailed()).isZero();
    }

    @Test
    void the_screen_shows_the_figures_of_the_chosen_team_small_counts_hidden_and_every_chart_has_its_table_one_click_away() {
        navigate("dashboard");
        @SuppressWarnings("unchecked")
        Select<Long> teamSelect = _get(Select.class, spec -> spec.withId("dashboard-team"));
        teamSelect.setValue(team);
        @SuppressWarnings("unchecked")
        Select<Period.Kind> kind = _get(Select.class, spec -> spec.withId("dashboard-kind"));
        kind.setValue(Period.Kind.QUARTER);
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("dashboard-baseline"))
                .setValue(LocalDate.of(2022, 5, 1));
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("dashboard-day"))
                .setValue(LocalDate.of(2023, 5, 1));

        // every count of this small fixture is below the threshold of 5: hidden on screen as in the exports
        assertThat(_get(Span.class, spec -> spec.withId("fig-waiting-value")).getText()).isEqualTo("<5");
        assertThat(_get(Span.class, spec -> spec.withId("fig-reduction-value")).getText()).isEqualTo("<5");
        assertThat(_get(Span.class, spec -> spec.withId("fig-reduction-comparison")).getText()).doesNotContain("25");
        assertThat(_get(Span.class, spec -> spec.withId("fig-stayed-home-value")).getText()).isEqualTo("<5");
        assertThat(_get(Span.class, spec -> spec.withId("fig-cost-value")).getText()).isEqualTo("<5");
        assertThat(_get(Span.class, spec -> spec.withId("fig-cost-help")).getText()).contains("38.400");
        assertThat(_get(Span.class, spec -> spec.withId("fig-tasks-failed-value")).getText()).isEqualTo("<5");
        Svg chart = _get(Svg.class, spec -> spec.withId("chart-waiting-chart"));
        assertThat(chart.getElement().getProperty("innerHTML", "") + chart.getElement().getOuterHTML())
                .contains("role=\"img\"").contains(": <5, ").doesNotContain(": 4, ").doesNotContain(": 3");
        assertThat(_find(Grid.class, spec -> spec.withId("chart-waiting-table"))).isEmpty();
        _get(Button.class, spec -> spec.withId("chart-waiting-toggle")).click();
        @SuppressWarnings("unchecked")
        Grid<List<String>> table = _get(Grid.class, spec -> spec.withId("chart-waiting-table"));
        assertThat(table.getGenericDataView().getItems().map(row -> row.get(1)).toList())
                .containsExactly("<5", "<5", "<5");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).noneMatch(href -> href.contains("clienten"));
    }

    @Test
    void no_export_holds_a_name_a_date_of_birth_an_address_or_a_count_below_the_threshold() throws IOException {
        Settings settings = settingsService.current();
        DashboardExport export = dashboard.export(new Filter(team, null, Q2, BASELINE));
        String csv = new String(DashboardCsv.write(export, (key, params) -> key + Arrays.toString(params)),
                StandardCharsets.UTF_8);
        byte[] pdfBytes = DashboardPdf.render(export, (key, params) -> key + Arrays.toString(params));
        StringBuilder pdf = new StringBuilder();
        PdfReader reader = new PdfReader(pdfBytes);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pdf.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        for (String text : List.of(csv, pdf.toString())) {
            assertThat(text).doesNotContain(SECRET_NAME).doesNotContain(SECRET_STREET).doesNotContain("1931")
                    .doesNotContain("Mantelzorger Een");
        }
        for (DashboardExport.Line line : export.lines()) {
            if (line.unit() == DashboardExport.Unit.COUNT) {
                for (String value : line.values()) {
                    assertThat(value).as(line.labelKey()).satisfiesAnyOf(
                            v -> assertThat(v).isIn("<" + settings.smallCountThreshold(), DashboardExport.NOT_SHOWN),
                            v -> assertThat(Long.parseLong(v)).isGreaterThanOrEqualTo(settings.smallCountThreshold()));
                }
            }
        }
        // every figure of this small team is below 5: the waiting list of 3 shows as <5 in the CSV, not as 3
        assertThat(csv).contains("dashboard.figure.waitingAtEnd[];dashboard.unit.count[];<" + settings.smallCountThreshold());
    }

    @Test
    void the_manager_cannot_open_a_client_file_not_even_by_typing_its_url() {
        for (String route : List.of("clienten", "clienten/" + firstClient + "/overzicht",
                "clienten/" + firstClient + "/netwerk", "clienten/" + firstClient + "/gegevens")) {
            navigate(route);
            assertThat(currentView()).as(route).isInstanceOf(AccessDeniedView.class);
        }
        navigate("wachtlijst");
        assertThat(currentView()).as("the team's waiting list with names").isInstanceOf(AccessDeniedView.class);
    }

    private long client(String village) {
        return insert("insert into client (version, team_id, first_name, last_name, date_of_birth, address, postcode,"
                + " village, status, created_at) values (0, ?, 'Zwaantje', ?, '1931-02-03', ?, '7913 KH', ?, 'ACTIEF', now())",
                team, SECRET_NAME, SECRET_STREET, village);
    }

    private void entry(long client, String village, String placed, String left, String reason) {
        jdbc.update("insert into waiting_list_entry (version, team_id, client_id, village, type, urgency, placed_on,"
                + " status, status_since, left_on, leave_reason, created_at) values (0, ?, ?, ?, 'VERPLEEGHUIS', 'NORMAAL',"
                + " ?, ?, ?, ?, ?, now())", team, client, village, Date.valueOf(placed), left == null ? "ACTIEF_WACHTEND"
                : "AFGEMELD", Date.valueOf(left == null ? placed : left), left == null ? null : Date.valueOf(left), reason);
    }

    private void agreement(long plan, int rung, String createdAt, String start, String end, String domain,
            String approval, String review) {
        jdbc.update("insert into agreement (version, plan_id, team_id, description, need_category_id, rung, start_date,"
                + " end_date, funding_domain, sort_order, created_at, approval_state, review_date) values (0, ?, "
                + "(select c.team_id from plan p join client c on c.id = p.client_id where p.id = ?), 'Afspraak',"
                + " (select min(id) from need_category), ?, ?, ?, ?, 0, ?, ?, ?)", plan, plan, rung, date(start), date(end),
                domain, Timestamp.valueOf(LocalDateTime.parse(createdAt)), approval, date(review));
    }

    private void need(long client, String created, String met) {
        jdbc.update("insert into need (version, client_id, need_category_id, urgency, source, created_at, created_by,"
                + " met_on_rung, met_at) values (0, ?, (select min(id) from need_category), 'NORMAAL', 'CLIENT', ?, 'Test',"
                + " 1, ?)", client, Timestamp.valueOf(LocalDateTime.parse(created)),
                Timestamp.valueOf(LocalDateTime.parse(met)));
    }

    private void task(long client, String status, String changedAt) {
        Timestamp at = Timestamp.valueOf(LocalDateTime.parse(changedAt));
        jdbc.update("insert into task (version, team_id, client_id, what, due_date, status, created_at, created_by,"
                + " changed_at, changed_by) values (0, ?, ?, 'Taak', ?, ?, ?, 'Test', ?, 'Test')", team, client,
                Date.valueOf(at.toLocalDateTime().toLocalDate()), status, at, at);
    }

    private static Date date(String day) {
        return day == null ? null : Date.valueOf(day);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
