package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Role;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.testsupport.AnotherUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider started here (NAV's mock-oauth2-server, with its interactive
 * sign-in page on a free loopback port): the log-in page offers "Inloggen met Testorganisatie", the browser goes to
 * the provider, signs in there and comes back logged in as the Samenplan user its {@code preferred_username} claim
 * names, with the role from Samenplan's database. A claim that names no active user is refused like a wrong password.
 */
class SingleSignOnBrowserTest extends BrowserTestBase {

    private static final String ISSUER = "testorganisatie";
    private static final MockOAuth2Server IDP = startIdentityProvider();

    private static MockOAuth2Server startIdentityProvider() {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));
        server.start(InetAddress.getLoopbackAddress(), 0);
        return server;
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration." + ISSUER + ".";
        registry.add(registration + "client-id", () -> "samenplan");
        registry.add(registration + "client-secret", () -> "geheim-voor-de-test");
        registry.add(registration + "scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider." + ISSUER + ".issuer-uri",
                () -> IDP.issuerUrl(ISSUER).toString());
        registry.add("samenplan.security.oidc.label", () -> "Testorganisatie");
    }

    @AfterAll
    static void stopIdentityProvider() {
        IDP.shutdown();
    }

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private UserAdminService userAdmin;

    @Autowired
    private UserDetailsService users;

    private long lastEntryBefore;

    @BeforeEach
    void note_where_the_access_log_stands() {
        lastEntryBefore = jdbc.queryForObject("select coalesce(max(id), 0) from access_log_entry", Long.class);
    }

    @Test
    void the_leefcoach_logs_in_at_her_organisations_identity_provider_and_gets_her_samenplan_role() {
        // A page that needs a log-in still leads to Samenplan's own log-in page, not straight to the provider
        open("/clienten");
        waitUntil("the log-in page", d -> d.getCurrentUrl().endsWith("/login"));
        WebElement button = waitForVisible(By.id("sso-login"));
        assertThat(button.getText()).isEqualTo("Inloggen met Testorganisatie");
        assertThat(button.getDomAttribute("href")).isEqualTo("oauth2/authorization/" + ISSUER);
        assertThat(waitForVisible(By.id("login-form")).isDisplayed()).isTrue();
        screenshot("sso-login-page-1280");
        driver.manage().window().setSize(new Dimension(768, 1024));
        waitForVaadin();
        screenshot("sso-login-page-768");
        driver.manage().window().setSize(new Dimension(1280, 900));

        // The identity provider also claims a role: Samenplan never takes roles from it
        signInAtTheIdentityProvider("sanne.mulder", "{\"preferred_username\": \"Leefcoach\", "
                + "\"roles\": [\"BEHEERDER\", \"ROLE_BEHEERDER\"]}");

        // back on the page she first asked for (Spring's saved request marks it with ?continue)
        waitUntil("the client list she asked for (/clienten)",
                d -> d.getCurrentUrl().matches(".*/clienten(\\?continue)?"));
        waitForVaadin();
        assertThat(waitForVisible(By.id("current-user-name")).getText()).isEqualTo("Sanne Mulder");
        assertThat(waitForVisible(By.id("current-user-role")).getText()).startsWith("Leefcoach");
        waitForVisible(By.id("client-grid"));
        screenshot("sso-leefcoach-client-list-1280");
        driver.manage().window().setSize(new Dimension(768, 1024));
        waitForVaadin();
        screenshot("sso-leefcoach-client-list-768");

        open("/beheer/gebruikers");
        waitUntil("the refusal of the beheerder's page", d -> deepText(d.findElement(By.tagName("body")))
                .contains("Geen toegang"));

        assertThat(accessLog("LOGGED_IN")).as("LOGGED_IN entries of this log-in, once, for the leefcoach")
                .containsExactly(Map.of("username", "leefcoach", "outcome", "ALLOWED"));
        assertThat(accessLog("LOGIN_FAILED")).isEmpty();
    }

    @Test
    void a_claim_that_names_no_samenplan_user_is_refused_like_a_wrong_password() {
        open("/login");
        waitForVisible(By.id("sso-login"));
        signInAtTheIdentityProvider("onbekend", "{\"preferred_username\": \"niemand-bekend\"}");

        thenRefusedOnTheLoginPage("sso-refused-unknown");
        assertThat(accessLog("LOGIN_FAILED")).containsExactly(Map.of("username", "", "outcome", "REFUSED"));
        assertThat(detailsOf("LOGIN_FAILED")).containsExactly("gebruikersnaam: niemand-bekend");
        assertThat(accessLog("LOGGED_IN")).isEmpty();
    }

    @Test
    void a_deactivated_user_is_refused_with_the_same_message() {
        String username = "oud-" + UUID.randomUUID().toString().substring(0, 8);
        CurrentUser leefcoach = (CurrentUser) users.loadUserByUsername("leefcoach");
        new AnotherUser(users).does("beheerder", () -> {
            UserAdminService.UserRow created = userAdmin.createUser(new UserAdminService.NewUser(username,
                    "Oud Collega", Role.LEEFCOACH, leefcoach.teamId().orElseThrow(), null)).user();
            userAdmin.setActive(created.id(), created.version(), false);
        });

        open("/login");
        waitForVisible(By.id("sso-login"));
        signInAtTheIdentityProvider(username, "{\"preferred_username\": \"" + username + "\"}");

        thenRefusedOnTheLoginPage("sso-refused-deactivated");
        assertThat(detailsOf("LOGIN_FAILED")).containsExactly("gebruikersnaam: " + username);
        assertThat(accessLog("LOGGED_IN")).isEmpty();
    }

    /** Clicks "Inloggen met ...", then signs in on the provider's own page with a subject and claims. */
    private void signInAtTheIdentityProvider(String subject, String claimsJson) {
        waitForVisible(By.id("sso-login")).click();
        WebElement user = waitUntil("the identity provider's sign-in page", d -> d.getCurrentUrl()
                .startsWith(IDP.baseUrl().toString()) ? d.findElement(By.name("username")) : null);
        user.sendKeys(subject);
        driver.findElement(By.name("claims")).sendKeys(claimsJson);
        screenshot("sso-identity-provider");
        driver.findElement(By.cssSelector("input[type=submit]")).click();
        waitUntil("the way back to Samenplan", d -> d.getCurrentUrl().startsWith(url("/")));
    }

    private void thenRefusedOnTheLoginPage(String screenshotName) {
        waitUntil("the log-in page with the error", d -> d.getCurrentUrl().endsWith("/login?error"));
        waitForVaadin();
        WebElement form = waitForVisible(By.id("login-form"));
        waitUntil("the generic log-in error", d -> deepText(form).contains("Inloggen is niet gelukt"));
        assertThat(deepText(form)).contains("Gebruikersnaam of wachtwoord onjuist");
        assertThat(driver.findElements(By.id("current-user-name"))).isEmpty();
        screenshot(screenshotName + "-1280");
        driver.manage().window().setSize(new Dimension(768, 1024));
        waitForVaadin();
        screenshot(screenshotName + "-768");
    }

    /** The access log's entries of one kind since the test began: who (username) and the outcome. */
    private List<Map<String, String>> accessLog(String eventType) {
        return jdbc.query("select username, outcome from access_log_entry where event_type = ? and id > ? order by id", (row, n) -> Map.of("username", String.valueOf(row.getString(1) == null ? ""
                        : row.getString(1)), "outcome", row.getString(2)),
                eventType, lastEntryBefore);
    }

    private List<String> detailsOf(String eventType) {
        return jdbc.queryForList("select detail from access_log_entry where event_type = ? and id > ?"
                + " order by id", String.class, eventType, lastEntryBefore);
    }
}
