package nl.samenplan.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenplan.dashboard.DashboardService;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly retention run anonymises the files closed longer ago than the term (20 years by default), keeps what
 * the dashboard counts, logs itself, and changes nothing when it runs again.
 */
class RetentionJobTest extends KaribuTest {

    @Autowired
    private RetentionJob job;
    @Autowired
    private DashboardService dashboard;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void a_file_closed_21_years_ago_is_anonymised_one_closed_19_years_ago_and_an_open_one_are_not() {
        login("leefcoach");
        FullFile files = new FullFile(context);
        FullFile.Made old = files.make("Oud");
        FullFile.Made recent = files.make("Recent");
        FullFile.Made open = files.make("Open");
        files.close(old.clientId());
        files.close(recent.clientId());
        LocalDate today = LocalDate.now(clock);
        closedOn(old.clientId(), today.minusYears(21));
        closedOn(recent.clientId(), today.minusYears(19));
        Map<String, Object> recentBefore = row("client", recent.clientId());
        Map<String, Object> openBefore = row("client", open.clientId());
        Object countsBefore = as("manager", this::counts);

        int anonymised = job.runAll();

        assertThat(anonymised).isEqualTo(1);
        Map<String, Object> client = row("client", old.clientId());
        assertThat(client).containsEntry("first_name", "Geanonimiseerd").containsEntry("last_name", "cliënt")
                .containsEntry("date_of_birth", Date.valueOf(LocalDate.of(1900, 1, 1)))
                .containsEntry("address", null).containsEntry("postcode", null).containsEntry("phone", null)
                .containsEntry("email", null).containsEntry("call_name", null).containsEntry("important_to_me", null)
                .containsEntry("village", "Heideveen").containsEntry("status", "AFGESLOTEN")
                .containsEntry("anonymised_on", Date.valueOf(today));
        long id = old.clientId();
        assertThat(texts("select name, phone, current_help, availability from network_member where client_id = ?", id))
                .containsExactly("Naaste", null, null, null);
        assertThat(texts("select note from burden_check_in where client_id = ?", id)).containsOnlyNulls();
        assertThat(texts("select concat_ws('|', recipient, organisation, representative) from client_consent"
                + " where client_id = ?", id)).containsExactlyInAnyOrder("TEAM|(geanonimiseerd)", "VOLUNTEERS",
                "ORGANISATION|(geanonimiseerd) " + jdbc.queryForObject("select id from client_consent where client_id = ?"
                        + " and recipient = 'ORGANISATION'", Long.class, id));
        assertThat(texts("select answer_can_do_self, answer_needs, answer_will_do, agreed_with from plan"
                + " where client_id = ?", id)).containsOnlyNulls();
        assertThat(texts("select g.text from plan_goal g join plan p on p.id = g.plan_id where p.client_id = ?", id))
                .containsOnly("(geanonimiseerd)");
        assertThat(texts("select concat_ws('|', a.description, a.provider_name, a.escalation_reason) from agreement a"
                + " join plan p on p.id = a.plan_id where p.client_id = ?", id)).containsOnly("(geanonimiseerd)");
        assertThat(texts("select r.snapshot from plan_revision r join plan p on p.id = r.plan_id where p.client_id = ?",
                id)).containsOnly("{}");
        assertThat(texts("select concat_ws('|', description, frequency) from need where client_id = ?", id))
                .containsOnly("");
        assertThat(texts("select concat_ws('|', participants, conclusion, home_alternatives) from mdo"
                + " where client_id = ?", id)).containsOnly("(geanonimiseerd)|(geanonimiseerd)|(geanonimiseerd)");
        assertThat(texts("select concat_ws('|', what, note, performer_name) from task where client_id = ?", id))
                .containsOnly("(geanonimiseerd)");
        assertThat(texts("select e.detail from task_event e join task t on t.id = e.task_id where t.client_id = ?", id))
                .containsOnlyNulls();
        assertThat(texts("select e.note from waiting_list_event e join waiting_list_entry w on w.id = e.entry_id"
                + " where w.client_id = ?", id)).containsOnlyNulls();

        assertThat(row("client", recent.clientId())).as("closed 19 years ago").isEqualTo(recentBefore);
        assertThat(row("client", open.clientId())).as("open").isEqualTo(openBefore);
        assertThat(texts("select name from network_member where client_id = ?", recent.clientId()))
                .containsExactly("Hendrik Recent");
        assertThat(as("manager", this::counts)).as("the dashboard counts the same").isEqualTo(countsBefore);
    }

    @Test
    void a_second_run_changes_nothing_and_every_run_is_in_the_access_log() {
        login("leefcoach");
        FullFile files = new FullFile(context);
        FullFile.Made file = files.make("Tweemaal");
        files.close(file.clientId());
        closedOn(file.clientId(), LocalDate.now(clock).minusYears(25));
        long lastEntry = jdbc.queryForObject("select coalesce(max(id), 0) from access_log_entry", Long.class);

        assertThat(job.runAll()).isEqualTo(1);
        Map<String, Object> once = row("client", file.clientId());
        List<String> historyOnce = texts("select action from audit_entry where client_id = ? order by id",
                file.clientId());
        assertThat(job.runAll()).as("the second run").isZero();

        assertThat(row("client", file.clientId())).isEqualTo(once);
        assertThat(texts("select action from audit_entry where client_id = ? order by id", file.clientId()))
                .isEqualTo(historyOnce).endsWith("history.client.anonymised");
        List<Map<String, Object>> entries = jdbc.queryForList("select event_type, client_id, detail, outcome"
                + " from access_log_entry where id > ? and event_type in ('RETENTION_RUN', 'CLIENT_FILE_CHANGED')"
                + " order by id", lastEntry);
        assertThat(entries).extracting(e -> e.get("event_type"))
                .containsExactly("CLIENT_FILE_CHANGED", "RETENTION_RUN", "RETENTION_RUN");
        assertThat(entries.get(0)).containsEntry("client_id", file.clientId())
                .containsEntry("detail", "history.client.anonymised");
        assertThat((String) entries.get(1).get("detail")).startsWith("Bewaartermijn 20 jaar: 1 gesloten dossier ");
        assertThat((String) entries.get(2).get("detail")).startsWith("Bewaartermijn 20 jaar: 0 gesloten dossiers ");
        assertThat(entries).allSatisfy(e -> assertThat(e).containsEntry("outcome", "ALLOWED"));
    }

    /** What the dashboard shows, for all teams and for the village of the test files. */
    private List<Object> counts() {
        var all = dashboard.defaultFilter();
        var village = new DashboardService.Filter(all.teamId(), "Heideveen", all.period(), all.baseline());
        return List.of(dashboard.figures(all), dashboard.figures(village));
    }

    /** The closing day, as if the file was closed then (plain SQL keeps the version: the database lets it pass). */
    private void closedOn(long clientId, LocalDate day) {
        jdbc.update("update client set closed_on = ? where id = ?", Date.valueOf(day), clientId);
    }

    private Map<String, Object> row(String table, long id) {
        return jdbc.queryForMap("select * from " + table + " where id = ?", id);
    }

    /** Every value of every row the query gives, in order (nulls included). */
    private List<String> texts(String sql, long id) {
        List<String> values = new ArrayList<>();
        jdbc.query(sql, rs -> {
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                values.add(rs.getString(c));
            }
        }, id);
        return values;
    }
}
