package nl.samenplan.task;

import java.util.List;
import nl.samenplan.plan.PlanAgreements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly run that moves the window on: every plan's recurring agreements get their tasks for the
 * coming days, one client per transaction. Also runs once when the application has started, so that a
 * night without the application loses nothing.
 */
@Component
public class TaskJob {

    private static final Logger LOG = LoggerFactory.getLogger(TaskJob.class);
    private static final int BATCH = 200;

    private final TaskGeneration generation;
    private final PlanAgreements agreements;

    TaskJob(TaskGeneration generation, PlanAgreements agreements) {
        this.generation = generation;
        this.agreements = agreements;
    }

    @Scheduled(cron = "${samenplan.tasks.cron:0 15 2 * * *}", zone = "Europe/Amsterdam")
    public void nightly() {
        runAll();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void afterStart() {
        runAll();
    }

    /** Syncs every plan; returns the number of tasks made, changed or removed. */
    public int runAll() {
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
