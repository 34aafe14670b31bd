package nl.samenplan.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import java.util.List;
import nl.samenplan.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Karibu-Testing view tests in the real Spring context on the real (embedded) MariaDB with the demo
 * data: log in as a demo account, navigate, find components, type, click, and check the screen and
 * the database.
 */
@SpringBootTest(classes = Application.class)
@org.springframework.test.context.ActiveProfiles("demo")
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(TestClock.Config.class)
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected UserDetailsService userDetailsService;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected TestClock clock;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("nl.samenplan");
        }
    }

    /**
     * The start-up catch-ups of the jobs run off the main thread, after the context is ready: a test starts once
     * they are done, as it did when they ran on the main thread, so that they never run into what it does.
     */
    @org.junit.jupiter.api.BeforeEach
    void startUpWorkDone() throws InterruptedException {
        if (!context.getBean(nl.samenplan.base.StartUpWork.class).awaitAll(java.time.Duration.ofMinutes(2))) {
            throw new IllegalStateException("The start-up catch-ups did not end within two minutes");
        }
    }

    /** Logs in as the given user (as Spring Security would after the login form) and opens a UI. */
    protected void login(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        Authentication authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        openUi();
    }

    /**
     * Opens a UI for someone who is not logged in yet, whose requests read the security context as a real browser's
     * do: a log-in completed in it (the steps after the password) counts for the pages that follow.
     */
    protected void openWithoutLogin() {
        SecurityContextHolder.clearContext();
        openUi();
    }

    private void openUi() {
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication current = SecurityContextHolder.getContext().getAuthentication();
                return current != null && current.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    /** Opens a UI for a visitor who has not logged in (no principal, no roles). */
    protected void openAnonymously() {
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    /**
     * Posts the real login form through Spring Security and says whether it let the user in, judged by
     * where it redirects (the login page with ?error means no). The test's own login is left alone.
     */
    protected boolean canLogIn(String username, String password) throws Exception {
        SecurityContext own = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            String target = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                    .password(password)).andReturn().getResponse().getRedirectedUrl();
            return target != null && !target.contains("/login");
        } finally {
            SecurityContextHolder.setContext(own);
        }
    }

    /**
     * Does something as another user, the way a second person at another screen would (through the
     * services), and comes back to the logged-in user and their UI.
     */
    protected <T> T as(String username, java.util.function.Supplier<T> action) {
        SecurityContext own = SecurityContextHolder.getContext();
        UserDetails other = userDetailsService.loadUserByUsername(username);
        SecurityContext theirs = SecurityContextHolder.createEmptyContext();
        theirs.setAuthentication(new UsernamePasswordAuthenticationToken(other, null, other.getAuthorities()));
        SecurityContextHolder.setContext(theirs);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(own);
        }
    }

    protected void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** The view the UI currently shows (the innermost router target). */
    protected static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    @AfterEach
    void logout() {
        clock.reset();
        nl.samenplan.security.LoginAttemptsForTests.forgetAll(context);
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
