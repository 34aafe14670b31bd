package nl.samenplan.workflow;

import java.time.Clock;
import java.util.List;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.audit.SystemAuditLog;
import nl.samenplan.plan.NeedAgreementLeft;
import nl.samenplan.plan.PlanAgreements;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The agreement that met a need left the plan: the need opens again in the same transaction, so it is
 * back on Hulpvragen and on the coordinator's requests, and the plan owner sees a signal. An agreement
 * that runs out on its end date does the same, the night after (see {@link AgreementEndings}).
 */
@Component
@org.springframework.transaction.annotation.Transactional(
        propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
class NeedReopening {

    private final NeedRepository needs;
    private final AuditLog auditLog;
    private final SystemAuditLog systemLog;
    private final Clock clock;

    NeedReopening(NeedRepository needs, AuditLog auditLog, SystemAuditLog systemLog, Clock clock) {
        this.needs = needs;
        this.auditLog = auditLog;
        this.systemLog = systemLog;
        this.clock = clock;
    }

    @EventListener
    void on(NeedAgreementLeft event) {
        needs.findById(event.needId()).filter(n -> n.getClientId() == event.clientId())
                .filter(n -> n.reopen(clock.instant(), event.by(), event.what()))
                .ifPresent(n -> auditLog.record(event.clientId(), "history.need.reopened", event.what()));
    }

    /** Opens the needs whose agreements ran out; returns how many opened. One transaction. */
    @org.springframework.transaction.annotation.Transactional
    int agreementsEnded(List<PlanAgreements.EndedAnswer> ended) {
        int opened = 0;
        for (PlanAgreements.EndedAnswer e : ended) {
            Need need = needs.findById(e.needId()).filter(n -> n.getClientId() == e.clientId()).orElse(null);
            if (need != null && need.reopenAfterEnd(clock.instant(), e.ended(), e.what())) {
                systemLog.record(e.teamId(), e.clientId(), "history.need.ended", e.what());
                opened++;
            }
        }
        return opened;
    }
}
