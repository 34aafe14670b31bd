package nl.samenplan.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
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
 * nights without the application lose nothing; also runs once when the application has started.
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

    AgreementEndings(PlanAgreements agreements, NeedReopening reopening, Clock clock, LockingTaskExecutor locks) {
        this.agreements = agreements;
        this.reopening = reopening;
        this.clock = clock;
        this.locks = locks;
    }

    @Scheduled(cron = "${samenplan.needs.cron:0 25 2 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        locks.executeWithLock((Runnable) this::run, new LockConfiguration(ClockProvider.now(), LOCK,
                Duration.parse(LOCK_AT_MOST_FOR), Duration.parse(LOCK_AT_LEAST_FOR)));
    }

    /** The same lock as the nightly run's. */
    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        try {
            locks.executeWithLock((Runnable) this::run, new LockConfiguration(ClockProvider.now(), LOCK,
                    Duration.parse(LOCK_AT_MOST_FOR), Duration.parse(LOCK_AT_LEAST_FOR)));
        } catch (RuntimeException e) {
            // a fault at start-up (the database away at that moment) never closes the application: the nightly run
            // catches up
            org.slf4j.LoggerFactory.getLogger(AgreementEndings.class)
                    .error("The start-up catch-up of ended agreements failed; the nightly run will do it", e);
        }
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
