package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.security.UserAdminService.UserRow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Sessions in a real browser, with a short idle time-out (a minute, the warning 45 seconds before it, so after 15
 * seconds of nothing): the warning appears while the user does nothing, "Blijf ingelogd" keeps the session, and
 * without it the page ends on the log-in page; a user the beheerder deactivates lands on the log-in page with her next
 * click; after log-out the old session cookie opens nothing. Screenshots target/screenshots/session-*.
 */
@TestPropertySource(properties = {"samenplan.security.session.idle-timeout=60s",
        "samenplan.security.session.warning-before=45s"})
class SessionBrowserTest extends BrowserTestBase {

    /** Long enough for the warning (15 s of idleness) and the end (a minute), with room for a slow machine. */
    private static final Duration IDLE_WAIT = Duration.ofSeconds(80);

    @Autowired
    private UserAdminService admin;

    @Autowired
    private UserDetailsService users;

    @Test
    void the_warning_comes_while_idle_blijf_ingelogd_keeps_the_session_and_without_it_the_page_ends_on_the_log_in_page() {
        logIn("leefcoach", "samenplan");

        WebElement stay = waitForWarning();
        WebElement overlay = waitForVisible(By.tagName("vaadin-dialog-overlay"));
        assertThat(overlay.getAttribute("aria-label")).isEqualTo("U wordt over een minuut uitgelogd");
        assertThat(deepText(overlay)).contains("U heeft een tijd niets gedaan", "Uitloggen", "Blijf ingelogd");
        screenshot("session-warning-1280");
        stay.click();
        waitUntil("the warning to close", ExpectedConditions.invisibilityOfElementLocated(By.id("idle-stay")));
        waitForVaadin();

        // a later action works: the session was kept
        waitForVisible(By.cssSelector("vaadin-side-nav-item[path='clienten']")).click();
        waitUntil("the client list", d -> d.getCurrentUrl().endsWith("/clienten"));
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).doesNotContain("login");

        driver.manage().window().setSize(new Dimension(768, 1024));
        waitForVaadin();
        waitForWarning();
        screenshot("session-warning-768");

        // nothing more: the time runs out and the browser goes to the log-in page, which says why
        new WebDriverWait(driver, IDLE_WAIT).withMessage("waiting for the log-in page after the idle time-out")
                .until(d -> d.getCurrentUrl().contains("/login"));
        waitForVaadin();
        assertThat(waitForVisible(By.id("login-session-note")).getText()).contains("automatisch uitgelogd");
        screenshot("session-idle-ended-768");
        open("/clienten");
        assertThat(driver.getCurrentUrl()).as("the session really ended on the server").contains("/login");
    }

    @Test
    void a_user_the_beheerder_deactivates_lands_on_the_log_in_page_with_her_next_click() {
        logIn("wijkverpleegkundige", "samenplan");
        waitForVisible(By.id("main-menu"));
        UserRow nurse = asBeheerder(() -> admin.findUsers("wijkverpleegkundige", Pageable.ofSize(5)).getContent()
                .stream().filter(u -> u.username().equals("wijkverpleegkundige")).findFirst().orElseThrow());
        try {
            asBeheerder(() -> admin.setActive(nurse.id(), nurse.version(), false));

            waitForVisible(By.cssSelector("vaadin-side-nav-item[path='clienten']")).click();
            waitUntil("the log-in page", d -> d.getCurrentUrl().contains("/login"));
            waitForVaadin();
            assertThat(waitForVisible(By.id("login-session-note")).getText()).contains("Uw sessie is beëindigd");
            screenshot("session-ended-1280");
            driver.manage().window().setSize(new Dimension(768, 1024));
            waitForVaadin();
            screenshot("session-ended-768");
        } finally {
            asBeheerder(() -> {
                UserRow now = admin.findUsers("wijkverpleegkundige", Pageable.ofSize(5)).getContent().stream()
                        .filter(u -> u.username().equals("wijkverpleegkundige")).findFirst().orElseThrow();
                return admin.setActive(now.id(), now.version(), true);
            });
        }
    }

    @Test
    void after_log_out_the_old_session_cookie_opens_nothing() {
        logIn("dorpsregisseur", "samenplan");
        Cookie old = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(old).isNotNull();

        waitForVisible(By.id("logout")).click();
        waitUntil("the log-in page after log-out", d -> d.getCurrentUrl().contains("/login"));
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.manage().addCookie(old);
        open("/clienten");

        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(old.getValue());
    }

    /** Waits, doing nothing, until the idle warning shows; its "Blijf ingelogd" button. */
    private WebElement waitForWarning() {
        return new WebDriverWait(driver, IDLE_WAIT).withMessage("waiting for the idle warning")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-stay")));
    }

    private <T> T asBeheerder(java.util.function.Supplier<T> action) {
        UserDetails beheerder = users.loadUserByUsername("beheerder");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(beheerder, null, beheerder.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
