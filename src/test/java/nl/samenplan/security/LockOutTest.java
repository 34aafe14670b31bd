package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The lock-out per account (in the database) and the throttling per source address, through the real log-in form: every
 * refusal lands on the same log-in page with the same generic message, and the access log says why.
 */
class LockOutTest extends KaribuTest {

    /** Each test its own source addresses, so that the throttling of one never touches another. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private LoginAttempts attempts;

    @Test
    void fiveWrongPasswordsLockTheAccountAndThenEvenTheRightOneIsRefusedTheSameWay() throws Exception {
        String from = address();
        long before = newestLogEntry();
        for (int i = 0; i < 5; i++) {
            assertThat(logIn("dorpsregisseur", "niet-het-wachtwoord", from)).isEqualTo("/login?error");
        }

        assertThat(logIn("dorpsregisseur", "samenplan", from)).as("the right password, same answer")
                .isEqualTo("/login?error");
        assertThat(attempts.isLocked("dorpsregisseur")).isTrue();
        assertThat(refusals(before)).containsExactly("gebruikersnaam: dorpsregisseur",
                "gebruikersnaam: dorpsregisseur", "gebruikersnaam: dorpsregisseur", "gebruikersnaam: dorpsregisseur",
                "gebruikersnaam: dorpsregisseur; " + LoginRefusedException.Reason.LOCKED_NOW.detail(),
                "gebruikersnaam: dorpsregisseur; " + LoginRefusedException.Reason.LOCKED.detail());
    }

    @Test
    void afterFifteenMinutesTheRightPasswordWorksAgain() throws Exception {
        String from = address();
        for (int i = 0; i < 5; i++) {
            logIn("leefcoach", "niet-het-wachtwoord", from);
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(logIn("leefcoach", "samenplan", from)).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(1));
        assertThat(logIn("leefcoach", "samenplan", from)).isEqualTo("/");
        assertThat(failedInARow("leefcoach")).isZero();
    }

    @Test
    void aSuccessSetsTheCountBackToZero() throws Exception {
        String from = address();
        for (int i = 0; i < 4; i++) {
            logIn("wijkverpleegkundige", "niet-het-wachtwoord", from);
        }
        assertThat(failedInARow("wijkverpleegkundige")).isEqualTo(4);
        assertThat(logIn("wijkverpleegkundige", "samenplan", from)).isEqualTo("/");
        assertThat(failedInARow("wijkverpleegkundige")).isZero();

        for (int i = 0; i < 4; i++) {
            logIn("wijkverpleegkundige", "niet-het-wachtwoord", from);
        }
        assertThat(logIn("wijkverpleegkundige", "samenplan", from)).as("four again is not five").isEqualTo("/");
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAndNothingIsCountedInTheDatabase() throws Exception {
        String from = address();
        long before = newestLogEntry();
        int rowsCounting = countingRows();
        for (int i = 0; i < 6; i++) {
            assertThat(logIn("bestaat-niet", "samenplan", from)).isEqualTo("/login?error");
        }

        assertThat(countingRows()).isEqualTo(rowsCounting);
        assertThat(refusals(before)).hasSize(6).allMatch("gebruikersnaam: bestaat-niet"::equals);
    }

    @Test
    void tooManyFailuresFromOneAddressRefuseItWithoutCheckingThePasswordUntilTheWindowHasPassed() throws Exception {
        String noisy = address();
        String other = address();
        for (int i = 0; i < 20; i++) {
            logIn("iemand-" + i, "geprobeerd", noisy);
        }
        long before = newestLogEntry();

        assertThat(logIn("coordinator", "samenplan", noisy)).isEqualTo("/login?error");
        assertThat(refusals(before)).containsExactly(
                "gebruikersnaam: coordinator; " + LoginRefusedException.Reason.THROTTLED.detail());
        assertThat(failedInARow("coordinator")).as("the account is not to blame").isZero();
        assertThat(logIn("coordinator", "samenplan", other)).as("another address is not throttled").isEqualTo("/");

        clock.advance(Duration.ofMinutes(1));
        assertThat(logIn("coordinator", "samenplan", noisy)).isEqualTo("/");
    }

    @Test
    void concurrentWrongAttemptsFromThreadsCountExactlyAndLockOnce() throws Exception {
        String from = address();
        concurrently(4, () -> logIn("manager", "niet-het-wachtwoord", from));
        assertThat(failedInARow("manager")).as("four at once, none lost").isEqualTo(4);
        long before = newestLogEntry();

        concurrently(8, () -> logIn("manager", "niet-het-wachtwoord", from));

        assertThat(attempts.isLocked("manager")).isTrue();
        List<String> refused = refusals(before);
        assertThat(refused).hasSize(8);
        assertThat(refused).filteredOn(d -> d.endsWith(LoginRefusedException.Reason.LOCKED_NOW.detail()))
                .as("exactly one attempt was the fifth").hasSize(1);
        assertThat(refused).filteredOn(d -> d.endsWith(LoginRefusedException.Reason.LOCKED.detail())).hasSize(7);
    }

    @Test
    void theServiceItselfCountsTwoNodesAttemptsOnOneRowWithoutLosingOne() throws Exception {
        List<LoginAttempts.Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        concurrently(12, () -> outcomes.add(attempts.failed("privacy", address())));

        assertThat(outcomes).filteredOn(LoginAttempts.Outcome.COUNTED::equals).hasSize(4);
        assertThat(outcomes).filteredOn(LoginAttempts.Outcome.LOCKED_NOW::equals).hasSize(1);
        assertThat(outcomes).filteredOn(LoginAttempts.Outcome.STILL_LOCKED::equals).hasSize(7);
        assertThat(attempts.failed("bestaat-niet", address())).isEqualTo(LoginAttempts.Outcome.UNKNOWN_USER);
    }

    /** Posts the log-in form from this address; where it sends the browser. */
    private String logIn(String username, String password, String from) throws Exception {
        SecurityContextHolder.clearContext();
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn().getResponse().getRedirectedUrl();
    }

    private static String address() {
        int n = ADDRESS.getAndIncrement();
        return "127.0.14." + n;
    }

    private void concurrently(int threads, ThrowingRunnable attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    attempt.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int failedInARow(String username) {
        return jdbc.queryForObject("select failed_logins from app_user where username = ?", Integer.class, username);
    }

    private int countingRows() {
        return jdbc.queryForObject("select count(*) from app_user where failed_logins <> 0 or locked_until is not null",
                Integer.class);
    }

    private long newestLogEntry() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from access_log_entry", Long.class);
    }

    private List<String> refusals(long after) {
        return jdbc.queryForList("select detail from access_log_entry where id > ? and event_type = 'LOGIN_FAILED'"
                + " order by id", String.class, after);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
