package nl.samenplan.audit;

import java.lang.reflect.Parameter;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * Every service call that method security refused (the wrong role, not logged in) is an entry in the access log,
 * with the service method as its detail and the client where the call named one. Refused web requests and views are
 * logged where they are refused.
 */
@Component
class RefusedCalls {

    private final AccessLog log;

    RefusedCalls(AccessLog log) {
        this.log = log;
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        if (!(event.getObject() instanceof MethodInvocation call)) {
            return;
        }
        Long clientId = null;
        Parameter[] parameters = call.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if ("clientId".equals(parameters[i].getName()) && call.getArguments()[i] instanceof Long id) {
                clientId = id;
            }
        }
        String detail = call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
        log.record(AccessEvent.refused(AccessEventType.ACCESS_REFUSED, clientId, detail));
    }
}
