package nl.samenplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.samenplan.base.LogContext;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the security filter chain, once the security context is read and the session's limits are checked: the log lines
 * of the rest of the request carry the account's numeric id ({@link LogContext#USER_ID}), never its username or name.
 * A request without a logged-in user carries none.
 */
class UserLogContext extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            MDC.put(LogContext.USER_ID, Long.toString(user.userId()));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(LogContext.USER_ID);
        }
    }
}
