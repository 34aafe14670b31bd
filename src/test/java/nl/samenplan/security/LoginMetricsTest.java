package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;

/** Each kind of refused log-in is counted under its reason, the lock-outs apart, and no username becomes a tag. */
class LoginMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LoginMetrics metrics = new LoginMetrics(registry);
    private final UsernamePasswordAuthenticationToken tried =
            UsernamePasswordAuthenticationToken.unauthenticated("grietje.bakker", "verkeerd");

    @Test
    void a_wrong_password_a_lock_out_a_locked_account_a_throttled_address_and_a_wrong_code_each_count_by_reason() {
        metrics.refused(new AuthenticationFailureBadCredentialsEvent(tried, new BadCredentialsException("nee")));
        metrics.refused(new AuthenticationFailureLockedEvent(tried,
                new LoginRefusedException(LoginRefusedException.Reason.LOCKED_NOW)));
        metrics.refused(new AuthenticationFailureLockedEvent(tried,
                new LoginRefusedException(LoginRefusedException.Reason.LOCKED)));
        metrics.refused(new AuthenticationFailureLockedEvent(tried,
                new LoginRefusedException(LoginRefusedException.Reason.THROTTLED)));
        metrics.stepTaken(new LoginStepEvent(LoginStepEvent.Kind.WRONG_CODE, new CurrentUser(7, "grietje.bakker",
                null, "Grietje Bakker", Role.DORPSREGISSEUR, 1L, "Team", null, true)));
        metrics.stepTaken(new LoginStepEvent(LoginStepEvent.Kind.RECOVERY_CODE_USED, new CurrentUser(7,
                "grietje.bakker", null, "Grietje Bakker", Role.DORPSREGISSEUR, 1L, "Team", null, true)));

        for (String reason : new String[] {"bad_credentials", "locked_now", "locked", "throttled", "second_factor"}) {
            assertThat(registry.get(LoginMetrics.FAILURES).tag("reason", reason).counter().count()).as(reason)
                    .isEqualTo(1);
        }
        assertThat(registry.get(LoginMetrics.FAILURES).counters()).as("a recovery code used is no failure")
                .hasSize(5);
        assertThat(registry.get(LoginMetrics.LOCKOUTS).counter().count()).isEqualTo(1);
        assertThat(registry.getMeters()).flatMap(Meter::getId).allSatisfy(id -> assertThat(id.toString())
                .doesNotContain("grietje", "Grietje"));
    }
}
