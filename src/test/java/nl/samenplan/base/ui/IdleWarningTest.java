package nl.samenplan.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import nl.samenplan.base.UserActivity;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The warning before the idle time-out is on every page after log-in, closed until the browser's timer says the time
 * is nearly up; opening it does not count as the user's activity, "Blijf ingelogd" closes it; a request of an ended
 * session sends the browser to the log-in page instead of Vaadin's English box.
 */
class IdleWarningTest extends KaribuTest {

    @Autowired
    private SystemMessagesInLanguage systemMessages;

    @Test
    void every_page_after_log_in_has_the_warning_closed_until_the_time_is_nearly_up() {
        login("leefcoach");
        navigate("clienten");

        assertThat(warning().isOpened()).isFalse();
    }

    @Test
    void the_browser_s_call_opens_the_warning_in_dutch_and_the_tab_counts_as_idle_while_it_is_open() {
        login("wijkverpleegkundige");
        navigate("");
        IdleWarning warning = warning();

        warning.warn();

        assertThat(warning.isOpened()).isTrue();
        assertThat(warning.getHeaderTitle()).isEqualTo("U wordt over een minuut uitgelogd");
        assertThat(_get(Button.class, spec -> spec.withId("idle-stay")).getText()).isEqualTo("Blijf ingelogd");
        assertThat(_get(Button.class, spec -> spec.withId("idle-logout")).getText()).isEqualTo("Uitloggen");
        assertThat(openWarningMark()).as("the tab is not active while the warning is open").isEqualTo(Boolean.TRUE);
    }

    @Test
    void blijf_ingelogd_closes_the_warning() {
        login("leefcoach");
        navigate("");
        IdleWarning warning = warning();
        warning.warn();

        _click(_get(Button.class, spec -> spec.withId("idle-stay")));

        assertThat(warning.isOpened()).isFalse();
        assertThat(openWarningMark()).as("the click counts as activity again").isNull();
    }

    /** The layout's warning (Karibu's look-up skips a closed dialog as invisible). */
    private static IdleWarning warning() {
        MainLayout layout = (MainLayout) UI.getCurrent().getChildren().filter(MainLayout.class::isInstance)
                .findFirst().orElseThrow();
        return layout.getChildren().filter(IdleWarning.class::isInstance).map(IdleWarning.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("the layout has no idle warning"));
    }

    private static Object openWarningMark() {
        return VaadinSession.getCurrent().getSession().getAttribute(
                UserActivity.warningOpenAttribute(UI.getCurrent().getUIId()));
    }

    @Test
    void a_request_of_an_ended_session_goes_straight_to_the_log_in_page_with_its_note() {
        login("leefcoach");
        SystemMessages messages = systemMessages.messages(
                new SystemMessagesInfo(new Locale("nl"), VaadinRequest.getCurrent(), VaadinService.getCurrent()));

        assertThat(messages.getSessionExpiredURL()).endsWith("/login?sessie=beeindigd");
        assertThat(messages.getSessionExpiredCaption()).as("no box: straight there").isNull();
        assertThat(messages.getSessionExpiredMessage()).isNull();
    }
}
