package nl.samenplan.base;

import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What counts as the user doing something, for the idle time-out: a page or a Vaadin round trip (a click, typing,
 * navigating). Not Vaadin's heartbeat, which an open tab sends by itself; not the files a page loads by itself
 * (scripts, styles, fonts, images under /VAADIN/ or with a file extension); and nothing of a browser tab while it shows
 * the idle warning (its own call that opens it, and whatever the opened dialog sends back) until the user answers it.
 * The server must not count as activity what the browser's warning timer does not see, else the browser leaves
 * before the server has ended the session.
 */
public final class UserActivity {

    private static final String WARNING_OPEN = UserActivity.class.getName() + ".warningOpen.";

    private UserActivity() {
    }

    /** Whether this request shows the user at work. Read after the request was handled. */
    public static boolean isActivity(HttpServletRequest request) {
        if (ApplicationConstants.REQUEST_TYPE_HEARTBEAT.equals(
                request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER))) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith("/VAADIN/") || lastSegment.contains(".")) {
            return false;
        }
        String uiId = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
        HttpSession session = request.getSession(false);
        return uiId == null || session == null || session.getAttribute(WARNING_OPEN + uiId) == null;
    }

    /** The name of the session attribute that says the idle warning is open in this browser tab (UI id). */
    public static String warningOpenAttribute(int uiId) {
        return WARNING_OPEN + uiId;
    }
}
