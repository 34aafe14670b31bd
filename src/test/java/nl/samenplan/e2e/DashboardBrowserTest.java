package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The manager opens the dashboard, switches the period to the year and the team to all teams, and opens a table. */
class DashboardBrowserTest extends BrowserTestBase {

    @Test
    void the_manager_switches_period_and_team_and_sees_the_numbers_behind_a_chart() {
        logIn("manager", "samenplan");
        open("/dashboard");
        waitForVisible(By.id("fig-waiting"));
        String monthHeading = waitForVisible(By.id("dashboard-period")).getText();

        select("dashboard-kind", "Jaar");
        waitUntil("the period heading to show the year", d -> !d.findElement(By.id("dashboard-period")).getText()
                .equals(monthHeading));
        assertThat(driver.findElement(By.id("dashboard-period")).getText()).contains("01-01-").contains("31-12-");

        WebElement team = scrollTo(By.id("dashboard-team"));
        clickWhenFree(team.findElement(By.cssSelector("vaadin-select-value-button")));
        clickWhenFree(option("Alle teams"));
        waitForVaadin();

        click("chart-waiting-toggle");
        waitForVisible(By.id("chart-waiting-table"));
        assertThat(driver.findElements(By.cssSelector("#chart-waiting-chart svg[role=img], svg#chart-waiting-chart")))
                .isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href*='clienten']"))).isEmpty();
        screenshot("dashboard-manager-year-all-teams");
    }
}
