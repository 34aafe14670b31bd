package nl.samenplan.security;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh start for the lock-out and the throttling between tests: the tests share one database and one node, and a
 * test that fails log-ins on purpose (five wrong passwords, a fuzzer's hostile ones) must not lock an account or an
 * address for the tests after it.
 */
public final class LoginAttemptsForTests {

    private LoginAttemptsForTests() {
    }

    /** Unlocks every account, sets every count of failures to zero and forgets every address. */
    public static void forgetAll(ApplicationContext context) {
        context.getBean(JdbcTemplate.class).update(
                "update app_user set failed_logins = 0, locked_until = null"
                        + " where failed_logins <> 0 or locked_until is not null");
        context.getBean(LoginThrottle.class).forgetAll();
    }
}
