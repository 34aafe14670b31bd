package nl.samenplan.task;

import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import nl.samenplan.base.StartUpWork;
import nl.samenplan.plan.PlanAgreements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly run that moves the window on: every plan's recurring agreements get their tasks for the
 * coming days, one client per transaction. Also runs once after the application has started (off the main
 * thread), so that a night without the application loses nothing.
 *
 * <p>One node at a time (several nodes share the database): the nightly run and the start-up catch-up take the same
 * lock, {@value #LOCK} ({@link nl.samenplan.base.SchedulerLocks}). At most {@value #LOCK_AT_MOST_FOR}: a run over a
 * region's plans takes minutes, so a node that dies mid-run holds the others off an hour at most. At least
 * {@value #LOCK_AT_LEAST_FOR}: a run done in seconds is not run again by a node whose clock is a few minutes behind,
 * nor by the catch-up of the next node of a rolling deploy (a run twice would change nothing, but costs a run).
 */
@Component
public class TaskJob {

    private static final Logger LOG = LoggerFactory.getLogger(TaskJob.class);
    private static final int BATCH = 200;
    static final String LOCK = "task-job";
    static final String LOCK_AT_MOST_FOR = "PT1H";
    static final String LOCK_AT_LEAST_FOR = "PT5M";

    private final TaskGeneration generation;
    private final PlanAgreements agreements;
    private final LockingTaskExecutor locks;
    private final TaskJobMetrics metrics;
    private final StartUpWork startUp;

    TaskJob(TaskGeneration generation, PlanAgreements agreements, LockingTaskExecutor locks, TaskJobMetrics metrics,
            StartUpWork startUp) {
        this.generation = generation;
        this.agreements = agreements;
        this.locks = locks;
        this.metrics = metrics;
        this.startUp = startUp;
    }

    @Scheduled(cron = "${samenplan.tasks.cron:0 15 2 * * *}", zone = "Europe/Amsterdam")
    public void nightly() {
        locks.executeWithLock((Runnable) this::runAll, lock());
    }

    /**
     * The start-up catch-up, handed to the scheduler's thread ({@link StartUpWork}): the application is ready and
     * serves while it runs, and a fault there (the database away at that moment) is logged and never closes the
     * application: the nightly run catches up then.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void afterStart() {
        startUp.runSoon("The start-up catch-up of the tasks", this::catchUp);
    }

    /** The catch-up itself. Not a scheduled call, so the lock is taken here: the same one as the nightly run's. */
    public void catchUp() {
        locks.executeWithLock((Runnable) this::runAll, lock());
    }

    /** The lock of a run, as the nightly run's annotation states it. */
    static LockConfiguration lock() {
        return new LockConfiguration(ClockProvider.now(), LOCK, Duration.parse(LOCK_AT_MOST_FOR),
                Duration.parse(LOCK_AT_LEAST_FOR));
    }

    /** Syncs every plan; returns the number of tasks made, changed or removed. Counted in the metrics. */
    public int runAll() {
        return metrics.record(this::syncAll);
    }

    private int syncAll() {
        long started = System.nanoTime();
        int changes = 0;
        int clients = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = agreements.clientsWithPlans(after, BATCH);
            for (Long clientId : batch) {
                try {
                    changes += generation.syncClient(clientId);
                } catch (RuntimeException e) {
                    LOG.error("Tasks of client {} could not be brought up to date", clientId, e);
                    metrics.clientFailed();
                }
                clients++;
                after = clientId;
            }
        } while (batch.size() == BATCH);
        LOG.info("Tasks brought up to date for {} plans: {} made, changed or removed in {} ms", clients, changes,
                (System.nanoTime() - started) / 1_000_000);
        return changes;
    }
}
