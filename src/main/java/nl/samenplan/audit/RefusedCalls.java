package nl.samenplan.audit;

import nl.samenplan.base.access.AccessEventType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenplan.base.PageRefused;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * Every service call that method security refused (the wrong role, not logged in) is an entry in the access log,
 * with the service method as its detail and the client where the call named one; so is every page refused by its
 * address.
 */
@Component
class RefusedCalls {

    private static final Pattern CLIENT_FILE = Pattern.compile("clienten/(\\d{1,18})(?:/|$)");
    /** A typed address can be long: the detail keeps what identifies the page. */
    private static final int MAX_PATH = 200;

    private final AccessLog log;

    RefusedCalls(AccessLog log) {
        this.log = log;
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        if (!(event.getObject() instanceof MethodInvocation call)) {
            return;
        }
        Long clientId = AccessLogInterceptor.clientIdArgument(call.getMethod(), call.getArguments());
        String detail = AccessLogInterceptor.detail(call.getMethod());
        log.record(AccessEvent.refused(AccessEventType.ACCESS_REFUSED, clientId, detail));
    }

    /** A page refused by its address; a client file's address names the client. */
    @EventListener
    void refused(PageRefused event) {
        String path = event.path() == null ? "" : event.path();
        Matcher clientFile = CLIENT_FILE.matcher(path);
        Long clientId = clientFile.lookingAt() ? Long.valueOf(clientFile.group(1)) : null;
        String detail = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
        log.record(AccessEvent.refused(AccessEventType.PAGE_REFUSED, clientId, detail));
    }
}
