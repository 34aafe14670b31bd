package nl.samenplan.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every log line written during a request carries, through the MDC (in production each is a field of the JSON
 * line): the request's id, the Vaadin UI's id and the account's numeric id, never a name or other personal data.
 * This filter runs before Spring Security and gives the request its id: the proxy's {@value #REQUEST_ID_HEADER} when it
 * sends a plausible one (nginx's {@code $request_id}), so the proxy's and the application's lines can be joined, else a
 * new one; the answer carries it back. The user's id is put in by the security filter chain, the UI's id by Vaadin's
 * request interceptor. After the request the MDC is as it was before (nothing leaks to the thread's next request).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class LogContext extends OncePerRequestFilter {

    /** The request's id. */
    public static final String REQUEST_ID = "requestId";
    /** The Vaadin UI's id within its session (a number), for the requests of a UI. */
    public static final String UI_ID = "uiId";
    /** The logged-in account's numeric id. */
    public static final String USER_ID = "userId";
    /** The reference an error message gives the user, in the line that logs that error. */
    public static final String ERROR_REFERENCE = "errorReference";

    static final String REQUEST_ID_HEADER = "X-Request-ID";
    private static final Pattern PLAUSIBLE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String> before = MDC.getCopyOfContextMap();
        String requestId = request.getHeader(REQUEST_ID_HEADER);
        if (requestId == null || !PLAUSIBLE_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        }
        MDC.put(REQUEST_ID, requestId);
        response.setHeader(REQUEST_ID_HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            if (before == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(before);
            }
        }
    }

    /** Logs a line with {@link #ERROR_REFERENCE} as a field of its own (the reference is in the message too). */
    public static void withReference(String reference, Runnable logging) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(ERROR_REFERENCE, reference)) {
            logging.run();
        }
    }
}
