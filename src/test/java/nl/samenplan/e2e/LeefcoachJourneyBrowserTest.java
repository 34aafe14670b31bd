package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The first minutes of a leefcoach in a real browser, on the demo data of the default profile (team
 * "Dorpsteam Heideveen"; the other team's clients, such as Ahmed Bouzid, must stay invisible), plus
 * the two ways of being turned away: a page the role may not open and a wrong password.
 */
class LeefcoachJourneyBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "samenplan";

    @Test
    void leefcoach_logs_in_and_sees_only_her_teams_clients() {
        // The login page is Dutch, although the browser asks for English
        open("/login");
        waitUntil("the Dutch page title", d -> d.getTitle().contains("Inloggen"));
        WebElement form = waitForVisible(By.id("login-form"));
        assertThat(deepText(form)).contains("Inloggen", "Gebruikersnaam", "Wachtwoord")
                .doesNotContain("Inloggen is niet gelukt");
        assertThat(form.findElement(By.cssSelector("vaadin-text-field[name=username]")).getDomProperty("label"))
                .isEqualTo("Gebruikersnaam");
        screenshot("login-page");

        logIn("leefcoach", PASSWORD);

        // She lands on her team's client list
        waitUntil("the client list (/clienten)", d -> d.getCurrentUrl().endsWith("/clienten"));
        WebElement grid = scrollTo(By.id("client-grid")); // below the signals of her plans
        // other tests add clients, so look a demo client up by name rather than by its place in the list
        WebElement search = waitForVisible(By.id("client-search")).findElement(By.cssSelector("input"));
        search.sendKeys("Boelens");
        List<String> cells = waitUntil("the demo client Neeltje Boelens in the client grid", d -> {
            List<String> texts = visibleCellTexts(grid);
            return texts.contains("Neeltje Boelens") ? texts : null;
        });
        assertThat(cells).as("clients shown to the leefcoach of Dorpsteam Heideveen")
                .contains("Neeltje Boelens").noneMatch(t -> t.contains("Bouzid"));

        // The menu offers only what a leefcoach may use
        List<String> menu = visibleMenuLabels(waitForVisible(By.id("main-menu")));
        assertThat(menu).contains("Cliënten", "Mijn gegevens").doesNotContain("Gebruikers", "Dashboard",
                "Teams en organisaties");

        // Who is logged in, and in which role
        assertThat(waitForVisible(By.id("current-user-name")).getText()).isEqualTo("Sanne Mulder");
        assertThat(waitForVisible(By.id("current-user-role")).getText()).startsWith("Leefcoach");
        screenshot("leefcoach-client-list");

        // A client of the other team cannot be found at all, not even by name
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Bouzid");
        waitUntil("the search for \"Bouzid\" to find no one", d -> deepText(grid).contains("Geen cliënten gevonden"));
        waitForVaadin();
        assertThat(gridSize(grid)).isZero();
        assertThat(visibleCellTexts(grid)).noneMatch(t -> t.contains("Bouzid"));

        // Searching narrows the list down in the database
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Hoek");
        List<String> found = waitUntil("the search for \"Hoek\" to leave only Hoekstra", d -> {
            List<String> texts = visibleCellTexts(grid);
            boolean hoekstra = texts.stream().anyMatch(t -> t.contains("Hoekstra"));
            boolean schuiling = texts.stream().anyMatch(t -> t.contains("Schuiling"));
            return hoekstra && !schuiling ? texts : null;
        });
        assertThat(found).anyMatch(t -> t.equals("Aaltje Hoekstra")).noneMatch(t -> t.contains("Schuiling"));
        waitForVaadin();
        assertThat(gridSize(grid)).isEqualTo(1);
        screenshot("leefcoach-client-search");
    }

    @Test
    void wijkverpleegkundige_who_types_the_user_admin_address_sees_geen_toegang() {
        logIn("wijkverpleegkundige", PASSWORD);
        waitUntil("her tasks (/mijn-taken)", d -> d.getCurrentUrl().endsWith("/mijn-taken"));

        open("/beheer/gebruikers");

        WebElement denied = waitForVisible(By.id("access-denied"));
        assertThat(deepText(denied)).contains("Geen toegang", "Deze pagina hoort niet bij uw rol");
        assertThat(driver.findElements(By.id("user-grid"))).as("the user list must not be shown").isEmpty();
        assertThat(driver.findElements(By.id("user-new"))).isEmpty();
        assertThat(visibleMenuLabels(waitForVisible(By.id("main-menu")))).doesNotContain("Gebruikers");
        assertThat(waitForVisible(By.id("current-user-name")).getText()).isEqualTo("Fatma Yilmaz");
        screenshot("wijkverpleegkundige-geen-toegang");
    }

    @Test
    void wrong_password_shows_the_dutch_login_error() {
        logIn("leefcoach", "niet-het-wachtwoord");

        waitUntil("the login page with ?error", d -> d.getCurrentUrl().contains("/login?error"));
        WebElement form = waitForVisible(By.id("login-form"));
        String error = waitUntil("the Dutch error message of the login form", d -> {
            String shown = deepText(form);
            return shown.contains("Inloggen is niet gelukt") ? shown : null;
        });
        assertThat(error).contains("Inloggen is niet gelukt", "Gebruikersnaam of wachtwoord onjuist")
                .as("never whether the user exists or is locked").doesNotContain("leefcoach");
        assertThat(driver.findElements(By.id("client-grid"))).isEmpty();
        screenshot("login-wrong-password");
    }

    /** The number of rows the server reports to the grid (not only the rows on screen). */
    private int gridSize(WebElement grid) {
        return ((Number) js("return arguments[0].size;", grid)).intValue();
    }
}
