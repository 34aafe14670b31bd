package nl.samenplan.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** What counts as the user at work for the idle time-out: pages and Vaadin round trips, not what runs by itself. */
class UserActivityTest {

    @Test
    void a_page_and_a_vaadin_round_trip_are_activity() {
        assertThat(UserActivity.isActivity(request("GET", "/clienten", null))).isTrue();
        assertThat(UserActivity.isActivity(request("POST", "/", "uidl"))).isTrue();
        assertThat(UserActivity.isActivity(request("GET", "/", "init"))).isTrue();
    }

    @Test
    void the_heartbeat_and_the_files_a_page_loads_by_itself_are_not() {
        assertThat(UserActivity.isActivity(request("POST", "/", "heartbeat"))).isFalse();
        assertThat(UserActivity.isActivity(request("GET", "/VAADIN/build/indexhtml-abc.js", null))).isFalse();
        assertThat(UserActivity.isActivity(request("GET", "/icons/icon.png", null))).isFalse();
        assertThat(UserActivity.isActivity(request("GET", "/sw.js", null))).isFalse();
    }

    @Test
    void nothing_of_a_tab_that_shows_the_idle_warning_is_until_it_is_answered() {
        MockHttpServletRequest warned = request("POST", "/", "uidl");
        warned.setParameter("v-uiId", "3");
        warned.getSession().setAttribute(UserActivity.warningOpenAttribute(3), Boolean.TRUE);
        MockHttpServletRequest otherTab = request("POST", "/", "uidl");
        otherTab.setParameter("v-uiId", "4");
        otherTab.setSession(warned.getSession());

        assertThat(UserActivity.isActivity(warned)).isFalse();
        assertThat(UserActivity.isActivity(otherTab)).isTrue();
        warned.getSession().removeAttribute(UserActivity.warningOpenAttribute(3));
        assertThat(UserActivity.isActivity(warned)).isTrue();
    }

    @Test
    void under_a_context_path_the_path_after_it_counts() {
        MockHttpServletRequest request = request("GET", "/samenplan/VAADIN/themes/samenplan/styles.css", null);
        request.setContextPath("/samenplan");
        assertThat(UserActivity.isActivity(request)).isFalse();
        MockHttpServletRequest page = request("GET", "/samenplan/clienten", null);
        page.setContextPath("/samenplan");
        assertThat(UserActivity.isActivity(page)).isTrue();
    }

    private static MockHttpServletRequest request(String method, String uri, String requestType) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        if (requestType != null) {
            request.setParameter("v-r", requestType);
        }
        return request;
    }
}
