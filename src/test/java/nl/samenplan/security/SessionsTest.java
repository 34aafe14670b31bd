package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.samenplan.security.UserAdminService.UserRow;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions that end when they should: when the beheerder changes someone's access (all their open sessions, at once,
 * and no one else's), after the idle time-out (the heartbeat does not count), at the maximum lifetime however busy,
 * and at log-out; and the session never holds a password hash. Through Spring Security's real filters (MockMvc).
 */
class SessionsTest extends KaribuTest {

    @Autowired
    private UserAdminService admin;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AccountService accounts;

    @Autowired
    private SecondFactorStore secondFactors;

    private static final String OWN_PASSWORD = "een-eigen-sessie-wachtwoord";

    @Test
    void deactivating_a_user_ends_her_open_sessions_at_once_and_leaves_another_user_s_session_alone() throws Exception {
        MockHttpSession hers = logIn("wijkverpleegkundige");
        MockHttpSession secondTab = logIn("wijkverpleegkundige");
        MockHttpSession colleague = logIn("leefcoach");
        long before = newestLogEntry();
        UserRow nurse = user("wijkverpleegkundige");
        try {
            as("beheerder", () -> admin.setActive(nurse.id(), nurse.version(), false));

            assertThat(hers.isInvalid()).isTrue();
            assertThat(landsOnLogIn(hers)).isTrue();
            assertThat(isLoggedIn(hers)).isFalse();
            assertThat(landsOnLogIn(secondTab)).isTrue();
            assertThat(isLoggedIn(colleague)).isTrue();
            assertThat(sessionsEnded(before)).containsOnly(
                    Map.of("username", "wijkverpleegkundige", "reason", "DEACTIVATED"));
            assertThat(sessionsEnded(before)).hasSize(2);
        } finally {
            UserRow now = user("wijkverpleegkundige");
            as("beheerder", () -> admin.setActive(now.id(), now.version(), true));
        }
    }

    @Test
    void moving_a_user_to_another_team_ends_her_open_session() throws Exception {
        MockHttpSession hers = logIn("wijkverpleegkundige");
        UserRow nurse = user("wijkverpleegkundige");
        long otherTeam = as("beheerder", () -> admin.teams()).stream()
                .filter(team -> team.id() != nurse.teamId()).findFirst().orElseThrow().id();
        try {
            as("beheerder", () -> admin.changeUser(nurse.id(), nurse.version(), nurse.displayName(), nurse.role(),
                    otherTeam, nurse.organisationId()));

            assertThat(landsOnLogIn(hers)).isTrue();
            MockHttpSession again = logIn("wijkverpleegkundige");
            assertThat(isLoggedIn(again)).as("a new log-in, with the new team").isTrue();
        } finally {
            UserRow now = user("wijkverpleegkundige");
            as("beheerder", () -> admin.changeUser(now.id(), now.version(), now.displayName(), now.role(),
                    nurse.teamId(), nurse.organisationId()));
        }
    }

    @Test
    void resetting_her_password_or_her_second_factor_ends_her_open_session() throws Exception {
        String username = "sessie" + System.nanoTime() % 1_000_000;
        UserRow row = new nl.samenplan.testsupport.AnotherUser(userDetailsService).newUserWithPassword(admin, accounts,
                new UserAdminService.NewUser(username, "Sessie Tester", Role.LEEFCOACH, user("leefcoach").teamId(),
                        null), OWN_PASSWORD);
        MockHttpSession hers = logIn(username, OWN_PASSWORD);
        // in that session she sets up a second factor in Mijn account
        String secret = secondFactors.begin(row.id(), username).secret();
        secondFactors.confirm(row.id(), new TotpCodes().codeAt(secret, clock.instant()));
        long before = newestLogEntry();

        as("beheerder", () -> admin.resetSecondFactor(row.id(), user(username).version()));

        assertThat(landsOnLogIn(hers)).isTrue();
        MockHttpSession again = logIn(username, OWN_PASSWORD);
        as("beheerder", () -> admin.resetPassword(row.id(), user(username).version()));

        assertThat(landsOnLogIn(again)).isTrue();
        assertThat(sessionsEnded(before)).containsExactly(
                Map.of("username", username, "reason", "SECOND_FACTOR_RESET"),
                Map.of("username", username, "reason", "PASSWORD_RESET"));
    }

    @Test
    void changing_only_the_display_name_leaves_the_session_open() throws Exception {
        MockHttpSession hers = logIn("dorpsregisseur");
        UserRow user = user("dorpsregisseur");
        try {
            as("beheerder", () -> admin.changeUser(user.id(), user.version(), user.displayName() + " B", user.role(),
                    user.teamId(), user.organisationId()));

            assertThat(isLoggedIn(hers)).isTrue();
        } finally {
            UserRow now = user("dorpsregisseur");
            as("beheerder", () -> admin.changeUser(now.id(), now.version(), user.displayName(), now.role(),
                    now.teamId(), now.organisationId()));
        }
    }

    @Test
    void a_session_ends_after_the_idle_time_out_and_the_heartbeat_does_not_keep_it_alive() throws Exception {
        MockHttpSession session = logIn("leefcoach");
        long before = newestLogEntry();

        clock.advance(Duration.ofMinutes(29));
        assertThat(isLoggedIn(session)).as("29 minutes idle").isTrue();
        clock.advance(Duration.ofMinutes(20));
        heartbeat(session);
        clock.advance(Duration.ofMinutes(20));
        heartbeat(session);
        assertThat(landsOnLogIn(session)).as("40 minutes with only heartbeats").isTrue();
        assertThat(isLoggedIn(session)).isFalse();
        assertThat(sessionsEnded(before)).containsExactly(Map.of("username", "leefcoach", "reason", "IDLE_TIMEOUT"));
    }

    @Test
    void a_busy_session_still_ends_at_its_maximum_lifetime() throws Exception {
        MockHttpSession session = logIn("coordinator");
        long before = newestLogEntry();

        for (int quarter = 1; quarter < 12 * 4; quarter++) {
            clock.advance(Duration.ofMinutes(15));
            assertThat(isLoggedIn(session)).as("after %d minutes of work", quarter * 15).isTrue();
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(landsOnLogIn(session)).as("12 hours after the log-in").isTrue();
        assertThat(isLoggedIn(session)).isFalse();
        assertThat(sessionsEnded(before)).containsExactly(Map.of("username", "coordinator", "reason", "MAX_LIFETIME"));
    }

    @Test
    void log_out_invalidates_the_session_so_its_id_no_longer_logs_anyone_in() throws Exception {
        MockHttpSession session = logIn("manager");

        mvc.perform(post("/logout").session(session).with(csrf()));

        assertThat(session.isInvalid()).isTrue();
        assertThat(landsOnLogIn(session)).isTrue();
        assertThat(isLoggedIn(session)).isFalse();
    }

    @Test
    void the_principal_kept_in_the_session_holds_no_password_hash() throws Exception {
        MockHttpSession session = logIn("beheerder");

        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        CurrentUser user = (CurrentUser) context.getAuthentication().getPrincipal();
        assertThat(user.getUsername()).isEqualTo("beheerder");
        assertThat(user.getPassword()).isNull();
        assertThat(context.getAuthentication().getCredentials()).isNull();
    }

    /** Logs in through the form and makes the first request of the session (which registers it). */
    private MockHttpSession logIn(String username) throws Exception {
        return logIn(username, "samenplan");
    }

    private MockHttpSession logIn(String username, String password) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(isLoggedIn(session)).as("%s logged in", username).isTrue();
        return session;
    }

    /** Whether a request of this session comes in with the user logged in (as Spring Security sees it). */
    private boolean isLoggedIn(MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get("/actuator/health").session(session)).andReturn();
        try {
            SecurityMockMvcResultMatchers.authenticated().match(result);
            return true;
        } catch (AssertionError notAuthenticated) {
            return false;
        }
    }

    /** Whether a page requested in this session sends the browser to the log-in page. */
    private boolean landsOnLogIn(MockHttpSession session) throws Exception {
        String redirect = mvc.perform(get("/clienten").session(session)).andReturn().getResponse().getRedirectedUrl();
        return redirect != null && redirect.endsWith("/login");
    }

    /** Vaadin's heartbeat, which an open tab sends on its own. */
    private void heartbeat(MockHttpSession session) throws Exception {
        try {
            mvc.perform(post("/").param("v-r", "heartbeat").param("v-uiId", "0").session(session));
        } catch (jakarta.servlet.ServletException noVaadinServletHere) {
            // past every filter, Spring MVC forwards it to Vaadin's servlet, which MockMvc does not have
            assertThat(noVaadinServletHere).hasMessageContaining("springServlet");
        }
    }

    private UserRow user(String username) {
        return as("beheerder", () -> admin.findUsers(username, Pageable.ofSize(10))).stream()
                .filter(row -> row.username().equals(username)).findFirst().orElseThrow();
    }

    private long newestLogEntry() {
        Long id = jdbc.queryForObject("select max(id) from access_log_entry", Long.class);
        return id == null ? 0 : id;
    }

    /** The SESSION_ENDED entries since then: whose session and why. */
    private List<Map<String, String>> sessionsEnded(long after) {
        return jdbc.queryForList("select username, detail from access_log_entry where id > ? and event_type ="
                + " 'SESSION_ENDED' order by id", after).stream()
                .map(row -> Map.of("username", String.valueOf(row.get("username")),
                        "reason", String.valueOf(row.get("detail")).replaceAll("^reason=([A-Z_]+);.*$", "$1")))
                .toList();
    }
}
