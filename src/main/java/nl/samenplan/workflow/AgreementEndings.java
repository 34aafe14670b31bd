package nl.samenplan.workflow;

import java.time.Clock;
import java.time.LocalDate;
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
 */
@Component
class AgreementEndings {

    static final int LOOK_BACK_DAYS = 62;
    private static final Logger LOG = LoggerFactory.getLogger(AgreementEndings.class);

    private final PlanAgreements agreements;
    private final NeedReopening reopening;
    private final Clock clock;

    AgreementEndings(PlanAgreements agreements, NeedReopening reopening, Clock clock) {
        this.agreements = agreements;
        this.reopening = reopening;
        this.clock = clock;
    }

    @Scheduled(cron = "${samenplan.needs.cron:0 25 2 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        run();
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        run();
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
