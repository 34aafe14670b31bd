package nl.samenplan.audit;

import nl.samenplan.base.access.LogsAccess;
import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.ClientScoped;
import nl.samenplan.base.access.AccessDetail;
import nl.samenplan.base.access.AccessedClient;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Writes the access-log entry of a {@link LogsAccess} method. Runs outside the method's transaction (the entry follows
 * the commit) and outside its {@code @PreAuthorize} check; refusals by role are logged by {@link RefusedCalls}, a
 * refusal by the team scoping (the client "does not exist" for this user) here. Only the outermost logged call on a
 * thread writes: the calls it makes on the way are part of the same access.
 */
final class AccessLogInterceptor implements MethodInterceptor {

    /** The message of the team scoping: a client of another team does not exist for the asker. */
    static final Set<String> REFUSALS = Set.of("error.client.notFound", "error.plan.notFound", "error.task.notFound",
            "error.need.notFound", "error.mdo.notFound", "error.network.notFound", "error.approval.notFound",
            "error.waitinglist.notFound", "error.consent.networkMember");

    private static final String LOGGED_IN_THIS_REQUEST = AccessLogInterceptor.class.getName() + ".logged";

    private final ObjectProvider<AccessLog> log;

    AccessLogInterceptor(ObjectProvider<AccessLog> log) {
        this.log = log;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Method method = invocation.getMethod();
        LogsAccess logs = AnnotatedElementUtils.findMergedAnnotation(
                AopUtils.getMostSpecificMethod(method, invocation.getThis() == null ? method.getDeclaringClass()
                        : invocation.getThis().getClass()), LogsAccess.class);
        if (logs == null) {
            return invocation.proceed();
        }
        AccessedClient.Call call = AccessedClient.start(clientIdArgument(method, invocation.getArguments()));
        if (call == null) {
            // inside another logged call (the plan page reading the network): that call is the access
            return invocation.proceed();
        }
        String detail = detail(method);
        Object result;
        try {
            result = invocation.proceed();
        } catch (BusinessRuleException e) {
            if (REFUSALS.contains(e.messageKey())) {
                log.getObject().record(AccessEvent.refused(logs.value(), call.clientId(), detail));
            }
            throw e;
        } finally {
            AccessedClient.end();
        }
        Long clientId = call.clientId();
        if (clientId == null && result instanceof ClientScoped scoped) {
            clientId = scoped.clientId();
        }
        if (result instanceof AccessDetail more && more.accessDetail() != null) {
            detail = detail + ": " + more.accessDetail();
        }
        if (firstInThisRequest(logs.value(), clientId, detail)) {
            log.getObject().record(
                    AccessEvent.allowed(logs.value(), clientId, detail).onBehalfOf(call.onBehalfOf()));
        }
        return result;
    }

    /** What the entry's detail names: the service method. */
    static String detail(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** The call's argument named {@code clientId}, if it has one: the client the call is about. */
    static Long clientIdArgument(Method method, Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if ("clientId".equals(parameters[i].getName()) && arguments[i] instanceof Long id) {
                return id;
            }
        }
        return null;
    }

    private static String whoIsAsking() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    @SuppressWarnings("unchecked")
    private static boolean firstInThisRequest(AccessEventType type, Long clientId, String detail) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return true;
        }
        Set<String> logged = (Set<String>) request.getAttribute(LOGGED_IN_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
        if (logged == null) {
            logged = new HashSet<>();
            request.setAttribute(LOGGED_IN_THIS_REQUEST, logged, RequestAttributes.SCOPE_REQUEST);
        }
        // a change is logged every time; a read once per kind and client (a list once per list)
        return type == AccessEventType.CLIENT_FILE_CHANGED || type == AccessEventType.ADMINISTRATION_CHANGED
                || logged.add(whoIsAsking() + ":" + type.name() + ":" + (clientId == null ? detail : clientId));
    }
}
