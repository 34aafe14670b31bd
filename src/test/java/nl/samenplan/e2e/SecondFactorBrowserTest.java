package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenplan.security.UserAdminService;
import nl.samenplan.security.UserAdminService.UserRow;
import nl.samenplan.testsupport.AnotherUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The leefcoach sets up a second factor in Mijn account from the secret the page shows, logs out, and logs in again
 * with her password and the app's code; a wrong code is refused in Dutch first. Then five wrong passwords lock her
 * account: her own password is refused too. Screenshots at 1280 and 768 px.
 */
class SecondFactorBrowserTest extends BrowserTestBase {

    private static final int LAPTOP = 1280;
    private static final int TABLET = 768;

    @Autowired
    private UserAdminService admin;
    @Autowired
    private UserDetailsService userDetails;

    @BeforeEach
    @AfterEach
    void theLeefcoachHasNoSecondFactor() {
        new AnotherUser(userDetails).does("beheerder", () -> {
            UserRow leefcoach = admin.findUsers("leefcoach", PageRequest.ofSize(5)).stream()
                    .filter(u -> u.username().equals("leefcoach")).findFirst().orElseThrow();
            if (admin.hasSecondFactor(leefcoach.id())) {
                admin.resetSecondFactor(leefcoach.id(), leefcoach.version());
            }
        });
    }

    @Test
    void the_leefcoach_sets_up_a_second_factor_and_logs_in_with_password_and_code() throws Exception {
        logIn("leefcoach", "samenplan");
        open("/mijn-account");
        click("second-factor-setup");
        WebElement qr = waitForVisible(By.id("second-factor-qr"));
        assertThat(qr.getDomAttribute("alt")).contains("QR-code");
        String secret = fieldText(scrollTo(By.id("second-factor-secret"))).replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        screenshotAt("second-factor-enrol-" + LAPTOP, By.id("second-factor"));
        atWidth(TABLET, () -> screenshotAt("second-factor-enrol-" + TABLET, By.id("second-factor")));

        long enrolledStep = TotpCodes.stepNow();
        type("second-factor-code", TotpCodes.codeAt(secret, enrolledStep));
        click("second-factor-confirm");
        WebElement codes = waitForVisible(By.id("recovery-codes"));
        assertThat(codes.findElements(By.cssSelector("li.recovery-code"))).hasSize(10);
        assertThat(codes.getText()).contains("Bewaar deze tien codes");
        screenshotAt("second-factor-recovery-codes-" + LAPTOP, By.id("recovery-codes"));

        click("logout");
        waitUntil("the log-in page after logging out", d -> d.getCurrentUrl().contains("/login"));
        logIn("leefcoach", "samenplan");
        waitUntil("the code step", d -> d.getCurrentUrl().endsWith("/inloggen/stap"));
        WebElement code = waitForVisible(By.id("step-code"));
        assertThat(code.findElement(By.cssSelector("input")).getDomAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(code.findElement(By.cssSelector("input")).getDomAttribute("inputmode")).isEqualTo("numeric");
        assertThat(deepText(driver.findElement(By.tagName("body")))).contains("Tweestapsverificatie");
        screenshot("second-factor-code-step-" + LAPTOP);
        atWidth(TABLET, () -> screenshot("second-factor-code-step-" + TABLET));

        // the code of the period after the enrolment's, as the app shows it then (one code is never accepted twice)
        while (TotpCodes.stepNow() <= enrolledStep) {
            Thread.sleep(500);
        }
        String right = TotpCodes.codeAt(secret, TotpCodes.stepNow());
        type("step-code", right.equals("000000") ? "999999" : "000000");
        click("step-submit");
        WebElement field = waitForVisible(By.id("step-code"));
        waitUntil("the wrong code to be refused", d -> "true".equals(field.getDomProperty("invalid")));
        assertThat(field.getDomProperty("errorMessage")).contains("Deze code klopt niet").contains("nog 4 keer");
        assertThat(driver.getCurrentUrl()).endsWith("/inloggen/stap");
        atWidth(TABLET, () -> screenshot("second-factor-wrong-code-" + TABLET));

        type("step-code", TotpCodes.codeAt(secret, TotpCodes.stepNow()));
        click("step-submit");
        waitUntil("her own page", d -> d.getCurrentUrl().endsWith("/clienten"));
        assertThat(waitForVisible(By.id("current-user-name")).getText()).isNotBlank();
        screenshot("second-factor-logged-in-" + LAPTOP);

        // then someone else tries her account: five wrong passwords lock it, and even her own is refused after that
        click("logout");
        waitUntil("the log-in page after logging out", d -> d.getCurrentUrl().contains("/login"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            logIn("leefcoach", "geraden-wachtwoord-" + attempt);
            assertThat(driver.getCurrentUrl()).contains("/login?error");
        }
        logIn("leefcoach", "samenplan");
        assertThat(driver.getCurrentUrl()).as("her right password, but the account is locked").contains("/login?error");
        assertThat(deepText(waitForVisible(By.id("login-form")))).contains("tijdelijk geblokkeerd")
                .doesNotContain("Tweestapsverificatie");
        screenshot("second-factor-locked-out-" + LAPTOP);
    }

    /** The account unlocked again (and the address forgotten), so that the tests after this one can log in. */
    @AfterEach
    void unlock() {
        nl.samenplan.security.LoginAttemptsForTests.forgetAll(context);
    }

    @Autowired
    private org.springframework.context.ApplicationContext context;

    private void atWidth(int width, Runnable action) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, 1024));
        waitForVaadin();
        try {
            action.run();
        } finally {
            driver.manage().window().setSize(before);
            waitForVaadin();
        }
    }
}
