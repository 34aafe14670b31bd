package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one-time code rules: the right code now or one period either side, never twice, never a guess. */
class TotpCodesTest {

    private final TotpCodes totp = new TotpCodes();
    private final String secret = totp.newSecret();
    private final Instant now = Instant.parse("2026-12-03T10:15:10Z");
    private final long stepNow = TotpCodes.stepAt(now);

    @Test
    void a_new_secret_is_32_base32_characters_and_never_the_same_twice() {
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void the_code_the_app_shows_now_is_accepted_and_names_its_time_step() {
        String code = totp.codeAt(secret, now);

        assertThat(code).matches("\\d{6}");
        assertThat(totp.matchingStep(secret, code, null, now)).hasValue(stepNow);
    }

    @Test
    void a_code_of_the_period_before_or_after_is_accepted_for_a_drifting_clock() {
        String before = totp.codeAt(secret, now.minusSeconds(30));
        String after = totp.codeAt(secret, now.plusSeconds(30));

        assertThat(totp.matchingStep(secret, before, null, now)).hasValue(stepNow - 1);
        assertThat(totp.matchingStep(secret, after, null, now)).hasValue(stepNow + 1);
    }

    @Test
    void a_code_two_periods_away_is_refused() {
        String old = totp.codeAt(secret, now.minusSeconds(60));
        String early = totp.codeAt(secret, now.plusSeconds(60));

        assertThat(totp.matchingStep(secret, old, null, now)).isEmpty();
        assertThat(totp.matchingStep(secret, early, null, now)).isEmpty();
    }

    @Test
    void a_code_used_once_is_refused_the_second_time_in_the_same_period() {
        String code = totp.codeAt(secret, now);
        long used = totp.matchingStep(secret, code, null, now).getAsLong();

        assertThat(totp.matchingStep(secret, code, used, now.plusSeconds(5))).isEmpty();
    }

    @Test
    void after_a_code_was_used_an_older_code_still_within_the_drift_is_refused_too() {
        String previous = totp.codeAt(secret, now.minusSeconds(30));

        assertThat(totp.matchingStep(secret, previous, stepNow, now)).isEmpty();
        assertThat(totp.matchingStep(secret, totp.codeAt(secret, now.plusSeconds(30)), stepNow, now))
                .hasValue(stepNow + 1);
    }

    @Test
    void the_code_of_another_secret_is_refused() {
        String other = totp.codeAt(totp.newSecret(), now);
        String right = totp.codeAt(secret, now);

        assertThat(totp.matchingStep(secret, other, null, now).isPresent()).isEqualTo(other.equals(right));
    }

    @Test
    void spaces_are_ignored_but_letters_short_or_long_input_are_no_code() {
        String code = totp.codeAt(secret, now);

        assertThat(totp.matchingStep(secret, code.substring(0, 3) + " " + code.substring(3), null, now))
                .hasValue(stepNow);
        assertThat(TotpCodes.normalise("12345")).isNull();
        assertThat(TotpCodes.normalise("1234567")).isNull();
        assertThat(TotpCodes.normalise("12a456")).isNull();
        assertThat(TotpCodes.normalise(null)).isNull();
    }

    @Test
    void the_codes_are_those_of_rfc_6238_for_its_sha1_test_secret() {
        // RFC 6238 appendix B: secret "12345678901234567890" (Base32 GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ), 59 s
        // gives 94287082 with 8 digits; six digits are its last six
        assertThat(totp.codeAt("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(totp.codeAt("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Instant.ofEpochSecond(1111111109)))
                .isEqualTo("081804");
    }
}
