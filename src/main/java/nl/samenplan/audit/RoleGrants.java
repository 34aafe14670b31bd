package nl.samenplan.audit;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.security.RoleGranted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes each role granted with access to client files into the access log once the beheerder's change has committed
 * (a change that was refused or rolled back granted nothing). Who granted it, when and from where the log takes from
 * the security context as for every entry.
 */
@Component
class RoleGrants {

    private final AccessLog log;

    RoleGrants(AccessLog log) {
        this.log = log;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void granted(RoleGranted grant) {
        log.record(AccessEvent.allowed(AccessEventType.ROLE_GRANTED, null, grant.detail()));
    }
}
