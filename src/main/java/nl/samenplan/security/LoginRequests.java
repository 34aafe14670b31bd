package nl.samenplan.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The HTTP request and response being served: Vaadin's (a view's action) or else Spring's (a filter, MockMvc). */
final class LoginRequests {

    private LoginRequests() {
    }

    static HttpServletRequest request() {
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.getHttpServletRequest();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest();
        }
        throw new IllegalStateException("Log-in steps need an HTTP request");
    }

    static HttpServletResponse response() {
        VaadinServletResponse vaadin = VaadinServletResponse.getCurrent();
        if (vaadin != null) {
            return vaadin.getHttpServletResponse();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                && servlet.getResponse() != null) {
            return servlet.getResponse();
        }
        throw new IllegalStateException("Log-in steps need an HTTP response");
    }
}
