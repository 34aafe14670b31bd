package nl.samenplan.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenplan.base.InvalidInputException;
import nl.samenplan.security.UserAdminService.NewUser;
import nl.samenplan.testsupport.AnotherUser;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * BCrypt reads at most 72 bytes of a password and Spring Security refuses more with an exception. Wherever a
 * password is chosen, more than 72 bytes gets a Dutch message instead; accents and emoji take more than one byte.
 */
class PasswordLengthTest extends KaribuTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** 36 times é: 36 characters, 72 bytes in UTF-8. */
    private static final String SEVENTY_TWO_BYTES = "é".repeat(36);
    /** 37 times é: only 37 characters, but 74 bytes. */
    private static final String SEVENTY_FOUR_BYTES = "é".repeat(37);

    @Autowired
    private UserAdminService userAdmin;
    @Autowired
    private AccountService accounts;

    @Test
    void aPasswordOfExactlySeventyTwoBytesWithAccentsIsStoredAndLogsIn() throws Exception {
        login("beheerder");
        String username = newUser(SEVENTY_TWO_BYTES);

        assertThat(SEVENTY_TWO_BYTES.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(canLogIn(username, SEVENTY_TWO_BYTES)).isTrue();
    }

    @Test
    void theServiceRefusesSeventyThreeAsciiCharactersAtTheNewPasswordField() {
        login("beheerder");
        String username = newUser("het-oude-wachtwoord");
        login(username);
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> accounts.changeMyPassword("het-oude-wachtwoord", "a".repeat(73)));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("newPassword");
            assertThat(p.messageKey()).isEqualTo("error.password.tooLong");
        });
    }

    @Test
    void myOwnNewPasswordWithEmojiBeyondSeventyTwoBytesGetsAMessageAtTheFieldAndTheOldOneStillWorks()
            throws Exception {
        login("beheerder");
        String username = newUser("het-oude-wachtwoord");
        login(username);
        String emoji = "🔑".repeat(19); // 38 characters, 76 bytes
        navigate("mijn-account");
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-current")), "het-oude-wachtwoord");
        PasswordField fresh = _get(PasswordField.class, spec -> spec.withId("account-password-new"));
        _setValue(fresh, emoji);
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-repeat")), emoji);
        _click(_get(Button.class, spec -> spec.withId("password-change")));

        assertThat(fresh.isInvalid()).isTrue();
        assertThat(fresh.getErrorMessage()).isEqualTo("Het wachtwoord mag hoogstens 72 bytes zijn; met accenten"
                + " of emoji zijn dat minder tekens. Kies een korter wachtwoord.");
        assertThat(fresh.getValue()).as("what was typed stays").isEqualTo(emoji);
        assertThatThrownBy(() -> accounts.changeMyPassword("het-oude-wachtwoord", emoji))
                .isInstanceOf(InvalidInputException.class);
        assertThat(canLogIn(username, "het-oude-wachtwoord")).isTrue();
    }

    @Test
    void loggingInWithAPasswordOfAHundredBytesIsRefusedLikeAnyWrongPasswordWithoutACrash() throws Exception {
        assertThat(canLogIn("leefcoach", "ü".repeat(50))).isFalse();
        assertThat(canLogIn("leefcoach", "samenplan")).isTrue();
    }

    @Test
    void theFirstAdministratorIsNotMadeWithAPasswordBcryptCannotHold() {
        assertThatThrownBy(() -> FirstAdministrator.requireUsable("eerste.beheerder", SEVENTY_FOUR_BYTES))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("hoogstens 72 bytes");
        FirstAdministrator.requireUsable("eerste.beheerder", SEVENTY_TWO_BYTES);
    }

    /** A new user who chose this password at the first log-in. */
    private String newUser(String password) {
        String username = "wachtwoord-" + COUNTER.incrementAndGet();
        new AnotherUser(userDetailsService).newUserWithPassword(userAdmin, accounts,
                new NewUser(username, "Wachtwoord Test", Role.BEHEERDER, null, null), password);
        return username;
    }
}
