package nl.samenplan.base;

import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What counts as the user doing something, for the idle time-out: every request but Vaadin's heartbeat (which an open
 * tab sends on its own) and a request marked as not the user's (the idle warning's own call that opens it).
 */
public final class UserActivity {

    /** The request attribute that marks a request as not made by the user. */
    public static final String NOT_ACTIVITY = UserActivity.class.getName() + ".notActivity";

    private UserActivity() {
    }

    /** Whether this request shows the user at work. Read after the request was handled (a mark comes while it is). */
    public static boolean isActivity(HttpServletRequest request) {
        return !ApplicationConstants.REQUEST_TYPE_HEARTBEAT.equals(
                request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER))
                && request.getAttribute(NOT_ACTIVITY) == null;
    }
}
