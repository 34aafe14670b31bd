package nl.samenplan.workflow;

import java.time.Clock;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.plan.NeedAgreementLeft;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The agreement that met a need left the plan: the need opens again in the same transaction, so it is
 * back on Hulpvragen and on the coordinator's requests, and the plan owner sees a signal.
 */
@Component
@org.springframework.transaction.annotation.Transactional(
        propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
class NeedReopening {

    private final NeedRepository needs;
    private final AuditLog auditLog;
    private final Clock clock;

    NeedReopening(NeedRepository needs, AuditLog auditLog, Clock clock) {
        this.needs = needs;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    void on(NeedAgreementLeft event) {
        needs.findById(event.needId()).filter(n -> n.getClientId() == event.clientId())
                .filter(n -> n.reopen(clock.instant(), event.by(), event.what()))
                .ifPresent(n -> auditLog.record(event.clientId(), "history.need.reopened", event.what()));
    }
}
