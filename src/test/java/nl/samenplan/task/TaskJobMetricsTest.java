package nl.samenplan.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A run of the task job that stops on an error, or leaves a client behind, counts as failed and is no success. */
class TaskJobMetricsTest {

    private static final Instant NIGHT = Instant.parse("2026-12-04T01:15:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TaskJobMetrics metrics = new TaskJobMetrics(registry, Clock.fixed(NIGHT, ZoneOffset.UTC));

    @Test
    void a_good_run_counts_as_a_success_and_marks_its_time() {
        assertThat(metrics.record(() -> 12)).isEqualTo(12);

        assertThat(runs("success")).isEqualTo(1);
        assertThat(runs("failure")).isZero();
        assertThat(lastSuccess()).isEqualTo(NIGHT.getEpochSecond());
        assertThat(registry.get(TaskJobMetrics.DURATION).timer().count()).isEqualTo(1);
    }

    @Test
    void a_run_that_stops_on_an_error_fails_its_error_unchanged_and_the_last_success_stays() {
        IllegalStateException databaseAway = new IllegalStateException("database weg");

        assertThatThrownBy(() -> metrics.record(() -> {
            throw databaseAway;
        })).isSameAs(databaseAway);

        assertThat(runs("failure")).isEqualTo(1);
        assertThat(runs("success")).isZero();
        assertThat(lastSuccess()).isZero();
        assertThat(registry.get(TaskJobMetrics.DURATION).timer().count()).as("timed all the same").isEqualTo(1);
    }

    @Test
    void a_run_that_could_not_bring_one_client_up_to_date_fails() {
        metrics.record(() -> {
            metrics.clientFailed();
            return 3;
        });

        assertThat(runs("failure")).isEqualTo(1);
        assertThat(registry.get(TaskJobMetrics.CLIENT_FAILURES).counter().count()).isEqualTo(1);
        assertThat(lastSuccess()).isZero();
    }

    private double runs(String outcome) {
        return registry.get(TaskJobMetrics.RUNS).tag("outcome", outcome).counter().count();
    }

    private double lastSuccess() {
        return registry.get(TaskJobMetrics.LAST_SUCCESS).gauge().value();
    }
}
