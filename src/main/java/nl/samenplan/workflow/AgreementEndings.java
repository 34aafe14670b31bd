package nl.samenplan.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
 * The nightly run that opens a need again when the agreement that met it ran out on its end date (an
 * agreement that leaves the plan on a save does so at once). Looks back {@value #LOOK_BACK_DAYS} days, so
 * nights without the application lose nothing; also runs once after the application has started (off the
 * main thread).
 *
 * <p>One node at a time: the nightly run and the start-up run take the lock {@value #LOCK}
 * ({@link nl.samenplan.base.SchedulerLocks}). At most {@value #LOCK_AT_MOST_FOR}: one query and a few updates, done in
 * seconds, so a dead node's lock does not hold up the next start long. At least {@value #LOCK_AT_LEAST_FOR}: no second
 * run by a node whose clock is behind, nor by the next node of a rolling deploy.
 */
@Component
class AgreementEndings {

    static final int LOOK_BACK_DAYS = 62;
    static final String LOCK = "agreement-endings";
    static final String LOCK_AT_MOST_FOR = "PT30M";
    static final String LOCK_AT_LEAST_FOR = "PT5M";
    private static final Logger LOG = LoggerFactory.getLogger(AgreementEndings.class);

    private final PlanAgreements agreements;
    private final NeedReopening reopening;
    private final Clock clock;
    private final LockingTaskExecutor locks;
    private final StartUpWork startUp;

    AgreementEndings(PlanAgreements agreements, NeedReopening reopening, Clock clock, LockingTaskExecutor locks,
            StartUpWork startUp) {
        this.agreements = agreements;
        this.reopening = reopening;
        this.clock = clock;
        this.locks = locks;
        this.startUp = startUp;
    }

    @Scheduled(cron = "${samenplan.needs.cron:0 25 2 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        locks.executeWithLock((Runnable) this::run, lock());
    }

    /**
     * The start-up run, handed to the scheduler's thread ({@link StartUpWork}): the application is ready and serves
     * while it runs; a fault there (the database away at that moment) is logged and never closes the application.
     */
    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        startUp.runSoon("The start-up catch-up of ended agreements", this::catchUp);
    }

    /** The start-up run itself, under the same lock as the nightly run's. */
    void catchUp() {
        locks.executeWithLock((Runnable) this::run, lock());
    }

    /** The lock of a run, the nightly one's and the start-up one's alike. */
    private static LockConfiguration lock() {
        return new LockConfiguration(ClockProvider.now(), LOCK, Duration.parse(LOCK_AT_MOST_FOR),
                Duration.parse(LOCK_AT_LEAST_FOR));
    }

    /** Returns the number of needs opened again. */
    int run() {
        LocalDate today = LocalDate.now(clock);
        try {
            int opened = reopening.agreementsEnded(agreements.endedAnswers(today.minusDays(LOOK_BACK_DAYS), today));
            LOG.info("Needs opened again because their agreement ended: {}", opened);
            return opened;
        } catch (RuntimeException e) {
            LOG.error("Needs whose agreement ended could not be opened again", e);
            return 0;
        }
    }
}
