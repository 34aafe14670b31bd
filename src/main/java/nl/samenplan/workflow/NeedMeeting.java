package nl.samenplan.workflow;

import java.time.Clock;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.plan.NeedAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agreement in the plan meets a need, on whatever rung and by whatever path it came there (an accepted
 * proposal, a volunteer match, professional care agreed in the plan and indicated): the need is met in the
 * same transaction, so it leaves Hulpvragen' open proposals and the coordinator's requests.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class NeedMeeting {

    private final NeedRepository needs;
    private final AuditLog auditLog;
    private final Clock clock;

    NeedMeeting(NeedRepository needs, AuditLog auditLog, Clock clock) {
        this.needs = needs;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    void on(NeedAnswered event) {
        needs.findById(event.needId()).filter(n -> n.getClientId() == event.clientId())
                .filter(n -> n.metBy(event.rung(), clock.instant()))
                .ifPresent(n -> auditLog.record(event.clientId(), "history.need.met", event.what()));
    }
}
