package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which steps follow a password, in which order, and who must have a second factor. */
class LoginStepsRulesTest {

    @Test
    void nothing_is_owed_without_a_second_factor_a_reset_password_or_a_requirement() {
        assertThat(LoginSteps.owed(false, false, false)).isEmpty();
    }

    @Test
    void an_enrolled_second_factor_asks_its_code_whether_or_not_it_is_required() {
        assertThat(LoginSteps.owed(true, false, false)).containsExactly(LoginStep.CODE);
        assertThat(LoginSteps.owed(true, false, true)).containsExactly(LoginStep.CODE);
    }

    @Test
    void who_you_are_comes_first_then_your_own_password_then_the_enrolment() {
        assertThat(LoginSteps.owed(true, true, true)).containsExactly(LoginStep.CODE, LoginStep.NEW_PASSWORD);
        assertThat(LoginSteps.owed(false, true, true)).containsExactly(LoginStep.NEW_PASSWORD, LoginStep.ENROL);
        assertThat(LoginSteps.owed(false, false, true)).containsExactly(LoginStep.ENROL);
    }

    @Test
    void roles_with_client_access_the_coordinator_and_the_beheerder_need_a_second_factor_the_manager_and_volunteer_not() {
        assertThat(List.of(Role.values())).filteredOn(LoginSteps::roleNeedsSecondFactor).containsExactlyInAnyOrder(
                Role.LEEFCOACH, Role.DORPSREGISSEUR, Role.WIJKVERPLEEGKUNDIGE, Role.VRIJWILLIGERSCOORDINATOR,
                Role.BEHEERDER, Role.PRIVACY);
    }

    @Test
    void a_pending_log_in_moves_on_step_by_step_and_counts_wrong_codes() {
        PendingLogin pending = new PendingLogin(7, "leefcoach", Instant.EPOCH,
                List.of(LoginStep.CODE, LoginStep.NEW_PASSWORD), 0);

        PendingLogin after = pending.oneMoreWrongCode().done(LoginStep.CODE);

        assertThat(pending.current()).isEqualTo(LoginStep.CODE);
        assertThat(after.current()).isEqualTo(LoginStep.NEW_PASSWORD);
        assertThat(after.wrongCodes()).isEqualTo(1);
        assertThat(after.done(LoginStep.NEW_PASSWORD).isComplete()).isTrue();
    }

    @Test
    void a_recovery_code_is_read_as_shown_whatever_the_case_spaces_or_dashes() {
        assertThat(SecondFactorStore.normaliseRecoveryCode(" ABCD efgh-ijkl mnop ")).isEqualTo("abcd-efgh-ijkl-mnop");
        assertThat(SecondFactorStore.normaliseRecoveryCode("abcd-efgh-ijkl")).isNull();
        assertThat(SecondFactorStore.normaliseRecoveryCode("123456")).isNull();
    }

    @Test
    void the_secret_is_shown_in_groups_of_four() {
        assertThat(new SecondFactorEnrolment("ABCDEFGHIJKLMNOP", "data:").groupedSecret())
                .isEqualTo("ABCD EFGH IJKL MNOP");
    }
}
