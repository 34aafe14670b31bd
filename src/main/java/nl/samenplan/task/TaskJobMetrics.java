package nl.samenplan.task;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.springframework.stereotype.Component;

/**
 * The task job's runs on this node, for the metrics: {@value #RUNS} by outcome (a run fails when it stops on an error
 * or when the tasks of a client could not be brought up to date), how long they took ({@value #DURATION}), the clients
 * that failed ({@value #CLIENT_FAILURES}) and when the last run succeeded ({@value #LAST_SUCCESS}, seconds since the
 * epoch; 0 before the first one). An alert on that last one ("no success for 26 hours") covers every way the nightly
 * run can go missing.
 */
@Component
class TaskJobMetrics {

    static final String RUNS = "samenplan.taskjob.runs";
    static final String DURATION = "samenplan.taskjob.duration";
    static final String CLIENT_FAILURES = "samenplan.taskjob.client.failures";
    static final String LAST_SUCCESS = "samenplan.taskjob.last.success.time";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Timer duration;
    private final Counter clientFailures;
    private final AtomicLong lastSuccess = new AtomicLong();

    TaskJobMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.duration = Timer.builder(DURATION).description("Runs of the task job, how long they took")
                .register(registry);
        this.clientFailures = Counter.builder(CLIENT_FAILURES)
                .description("Clients whose tasks a run of the task job could not bring up to date").register(registry);
        Gauge.builder(LAST_SUCCESS, lastSuccess, AtomicLong::get).baseUnit("seconds")
                .description("When a run of the task job last succeeded, in seconds since the epoch")
                .register(registry);
        // both outcomes from the start, so that a rate over them never misses a series
        runs("success");
        runs("failure");
    }

    /** Runs one run of the job and counts it; its result or its error as it was. */
    int record(IntSupplier run) {
        double failedBefore = clientFailures.count();
        Timer.Sample sample = Timer.start(registry);
        boolean ok = false;
        try {
            int result = run.getAsInt();
            ok = clientFailures.count() == failedBefore;
            return result;
        } finally {
            sample.stop(duration);
            runs(ok ? "success" : "failure").increment();
            if (ok) {
                lastSuccess.set(clock.instant().getEpochSecond());
            }
        }
    }

    void clientFailed() {
        clientFailures.increment();
    }

    private Counter runs(String outcome) {
        return Counter.builder(RUNS).tag("outcome", outcome).description("Runs of the task job, by outcome")
                .register(registry);
    }
}
