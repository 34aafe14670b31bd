package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.Set;
import nl.samenplan.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for a new password, and the one-time passwords the beheerder hands out. */
class PasswordRulesTest {

    @Test
    void twelveCharactersAreEnoughAndElevenAreTooFew() {
        assertThat(Passwords.brokenRule("heide-en-ven", "lotte")).isEmpty();
        assertThat(Passwords.brokenRule("heide-en-ve", "lotte")).contains("error.user.password.tooShort");
        assertThat(Passwords.brokenRule(null, "lotte")).contains("error.user.password.tooShort");
    }

    @Test
    void seventyTwoBytesFitAndSeventyThreeDoNotAlsoWhenAccentsMakeThemFewerCharacters() {
        assertThat(Passwords.brokenRule("é".repeat(36), "lotte")).isEmpty();
        assertThat(Passwords.brokenRule("é".repeat(36) + "a", "lotte")).contains("error.password.tooLong");
        assertThat(Passwords.brokenRule("a".repeat(73), "lotte")).contains("error.password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1qaz2wsx3edc", "QWERTY123456", "Qwertyuiop123", "password1234", "Welkom123456",
            "WACHTWOORD2024", "feyenoord1908", "ajaxamsterdam", "Samenplan123!", "wachtwoordwachtwoord"})
    void aCommonPasswordIsRefusedWhateverItsCapitals(String common) {
        assertThat(Passwords.brokenRule(common, "lotte")).contains("error.password.common");
    }

    @Test
    void aPasswordMerelyStartingLikeACommonOneIsAccepted() {
        assertThat(Passwords.isCommon("qwerty123456")).isTrue();
        assertThat(Passwords.isCommon("qwerty123456-bij-de-brink")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lotte.veldman", "LOTTE.VELDMAN", "mijn-lotte.veldman-2026", "xxLotte.Veldmanxx"})
    void thePasswordMayNotBeOrContainTheUsernameInAnyCase(String password) {
        assertThat(Passwords.brokenRule(password, "lotte.veldman")).contains("error.password.username");
    }

    @Test
    void eachRefusalIsADutchMessageAtTheFieldItWasTypedIn() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> Passwords.requireStorable("wachtwoord12", "lotte", "newPassword"));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("newPassword");
            assertThat(p.messageKey()).isEqualTo("error.password.common");
        });
        InvalidInputException tooShort = catchThrowableOfType(InvalidInputException.class,
                () -> Passwords.requireStorable("kort", "lotte", "newPassword"));
        assertThat(tooShort.problems().get(0).parameters()).containsExactly(12);
    }

    @Test
    void theFirstAdministratorIsRefusedAShortACommonOrHisOwnNameAsPasswordInDutchAndEnglish() {
        assertThat(catchThrowableOfType(IllegalStateException.class,
                () -> FirstAdministrator.requireUsable("eerste.beheerder", "kort-maar")))
                .hasMessageContaining("te kort: minstens 12 tekens").hasMessageContaining("too short");
        assertThat(catchThrowableOfType(IllegalStateException.class,
                () -> FirstAdministrator.requireUsable("eerste.beheerder", "Wachtwoord123")))
                .hasMessageContaining("veelgebruikte wachtwoorden").hasMessageContaining("common passwords");
        assertThat(catchThrowableOfType(IllegalStateException.class,
                () -> FirstAdministrator.requireUsable("eerste.beheerder", "eerste.beheerder!")))
                .hasMessageContaining("bevat de gebruikersnaam").hasMessageContaining("contains the username");
        FirstAdministrator.requireUsable("eerste.beheerder", "choose-an-admin-password");
    }

    @Test
    void aOneTimePasswordIsFourGroupsOfFourWithoutLookAlikesAndPassesTheRules() {
        OneTimePasswords generator = new OneTimePasswords();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = generator.next();
            assertThat(password).matches("([2-9b-zB-Z]{4}-){3}[2-9b-zB-Z]{4}").doesNotContain("0", "O", "1", "l", "I",
                    "L", "a", "e", "i", "o", "u");
            assertThat(Passwords.brokenRule(password, "lotte")).isEmpty();
            seen.add(password);
        }
        assertThat(seen).as("random: no two alike in a thousand").hasSize(1000);
    }

    @Test
    void everyCharacterOfTheAlphabetTurnsUp() {
        OneTimePasswords generator = new OneTimePasswords();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            generator.next().chars().filter(c -> c != '-').forEach(c -> used.add((char) c));
        }
        assertThat(used).hasSize(OneTimePasswords.ALPHABET.length());
    }
}
