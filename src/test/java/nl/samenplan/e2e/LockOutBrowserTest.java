package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenplan.security.LoginAttemptsForTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Five wrong passwords in the real log-in page lock the account: then the right password is refused too, with the same
 * generic Dutch message that says neither whether the user exists nor that the account is locked. Photographed as
 * target/screenshots/lockout-{width}-*.png.
 */
class LockOutBrowserTest extends BrowserTestBase {

    private static final String GENERIC = "Gebruikersnaam of wachtwoord onjuist, of het account is tijdelijk"
            + " geblokkeerd. Probeer het over een kwartier opnieuw, of vraag de beheerder om hulp.";

    @Autowired
    private ApplicationContext context;

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {768, 1280})
    void fiveWrongPasswordsLockTheDorpsregisseurOutAndTheRightOneIsThenRefusedWithTheSameMessage(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        for (int attempt = 1; attempt <= 5; attempt++) {
            logIn("dorpsregisseur", "verkeerd-wachtwoord-" + attempt);
            assertThat(driver.getCurrentUrl()).contains("/login?error");
            assertThat(loginMessage()).contains(GENERIC);
        }
        screenshot("lockout-" + width + "-1-fifth-wrong-password");

        logIn("dorpsregisseur", "samenplan");

        assertThat(driver.getCurrentUrl()).as("the right password, but locked").contains("/login?error");
        assertThat(loginMessage()).contains(GENERIC).doesNotContain("dorpsregisseur");
        screenshot("lockout-" + width + "-2-right-password-refused");

        logIn("bestaat-niet", "samenplan");
        assertThat(loginMessage()).as("an unknown user reads the very same").contains(GENERIC);
    }

    private String loginMessage() {
        return deepText(waitForVisible(By.id("login-form")));
    }

    /** Unlocks the account (and forgets the address), so that the tests after this one can log in. */
    @AfterEach
    void unlock() {
        LoginAttemptsForTests.forgetAll(context);
    }
}
