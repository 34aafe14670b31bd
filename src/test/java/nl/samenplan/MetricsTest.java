package nl.samenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.plan.PlanConflictException;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.task.TaskJob;
import nl.samenplan.testsupport.ObservedApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prometheus scrapes the management port and sees what happens: the requests, the Vaadin sessions, the database pool,
 * the task job's runs, the plan conflicts and the refused log-ins, each caused here through the application's own
 * code and seen to move. The application's port serves no metrics, and no username reaches them.
 */
class MetricsTest extends ObservedApplication {

    @Autowired
    private TaskJob taskJob;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private ClientService clients;

    @AfterEach
    void loggedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_management_port_serves_the_requests_the_vaadin_sessions_and_the_database_pool() throws Exception {
        assertThat(httpGet(port, "/livez").statusCode()).isEqualTo(200);
        double sessionsBefore = value(scrape(), "samenplan_vaadin_sessions", "");

        assertThat(httpGet(port, "/login").statusCode()).as("a new browser opens the log-in page").isEqualTo(200);

        String metrics = scrape();
        assertThat(value(metrics, "http_server_requests_seconds_count", "uri=\"/livez\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "samenplan_vaadin_sessions", "")).isEqualTo(sessionsBefore + 1);
        assertThat(value(metrics, "hikaricp_connections_max", "")).isPositive();
        assertThat(metrics).contains("hikaricp_connections_active", "jvm_memory_used_bytes");
    }

    @Test
    void a_run_of_the_task_job_is_counted_timed_and_marks_the_last_success() throws Exception {
        String before = scrape();

        taskJob.runAll();

        String after = scrape();
        assertThat(value(after, "samenplan_taskjob_runs_total", "outcome=\"success\""))
                .isEqualTo(value(before, "samenplan_taskjob_runs_total", "outcome=\"success\"") + 1);
        assertThat(value(after, "samenplan_taskjob_runs_total", "outcome=\"failure\""))
                .isEqualTo(value(before, "samenplan_taskjob_runs_total", "outcome=\"failure\""));
        assertThat(value(after, "samenplan_taskjob_duration_seconds_count", ""))
                .isEqualTo(value(before, "samenplan_taskjob_duration_seconds_count", "") + 1);
        assertThat(value(after, "samenplan_taskjob_duration_seconds_sum", ""))
                .isGreaterThan(value(before, "samenplan_taskjob_duration_seconds_sum", ""));
        assertThat(value(after, "samenplan_taskjob_last_success_time_seconds", ""))
                .isGreaterThan(LocalDate.of(2026, 1, 1).toEpochDay() * 86_400d);
        assertThat(after).contains("samenplan_taskjob_client_failures_total");
    }

    @Test
    void a_plan_save_that_meets_a_part_someone_else_changed_counts_as_a_plan_conflict() throws Exception {
        double before = value(scrape(), "samenplan_plan_conflicts_total", "");
        as("leefcoach");
        long clientId = clients.create(new ClientData("Trijntje", "Meting" + System.nanoTime() % 100_000,
                LocalDate.of(1941, 2, 3), "Brink 4", "7913 AA", "Heideveen", null, null, ClientStatus.ACTIEF,
                Set.of(), null, null));
        editing.save(clientId, 0, answer("Vervoer"));
        as("dorpsregisseur");
        editing.save(clientId, 1, answer("Vervoer naar het ziekenhuis"));
        as("leefcoach");

        catchThrowableOfType(() -> editing.save(clientId, 1, answer("Vervoer naar de markt")),
                PlanConflictException.class);

        assertThat(value(scrape(), "samenplan_plan_conflicts_total", "")).isEqualTo(before + 1);
    }

    @Test
    void a_refused_log_in_is_counted_by_its_reason_without_the_username() throws Exception {
        double before = value(scrape(), "samenplan_login_failures_total", "reason=\"bad_credentials\"");

        mvc.perform(formLogin("/login").user("leefcoach").password("verkeerd-wachtwoord"));
        mvc.perform(formLogin("/login").user("iemand.die.niet.bestaat").password("verkeerd-wachtwoord"));

        String metrics = scrape();
        assertThat(value(metrics, "samenplan_login_failures_total", "reason=\"bad_credentials\""))
                .isEqualTo(before + 2);
        assertThat(metrics).doesNotContain("leefcoach", "iemand.die.niet.bestaat");
    }

    @Test
    void the_application_port_keeps_only_the_probes_and_serves_no_metrics() throws Exception {
        var fromTheApplicationPort = httpGet(port, "/actuator/prometheus");
        assertThat(fromTheApplicationPort.statusCode()).isNotEqualTo(200);
        assertThat(fromTheApplicationPort.body()).doesNotContain("jvm_memory_used_bytes", "samenplan_");
        assertThat(httpGet(port, "/livez").body()).contains("UP");
        assertThat(httpGet(port, "/readyz").body()).contains("UP");
        assertThat(httpGet(managementPort, "/actuator/health").body()).contains("UP");
        assertThat(httpGet(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private void as(String username) {
        SecurityContextHolder.getContext().setAuthentication(authenticationOf(username));
    }

    private static PlanContent answer(String needs) {
        return new PlanContent(null, needs, null, null, List.of(), List.of(), null, null, null);
    }

    /** The value of a sample in Prometheus's text format, 0 when it is not there yet. */
    static double value(String metrics, String name, String label) {
        Pattern sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+)$");
        Matcher m = sample.matcher(metrics);
        while (m.find()) {
            if (label.isEmpty() || m.group(1) != null && m.group(1).contains(label)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
