package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two people with the same plan open in two browsers: the leefcoach adds an agreement, the
 * dorpsregisseur a goal, and they save one after the other without reloading. Both changes stay, and
 * nobody is asked anything, since they changed different parts.
 */
class TwoPeopleOnePlanBrowserTest extends BrowserTestBase {

    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private PlanEditing editing;
    @Autowired
    private UserDetailsService users;

    @Test
    void an_agreement_and_a_goal_saved_at_the_same_time_by_two_people_both_stay() throws Exception {
        long clientId = aClientWithAPlan();
        String plan = "/clienten/" + clientId + "/plan";
        WebDriver leefcoach = driver;
        logIn("leefcoach", "samenplan");
        open(plan);
        WebDriver regisseur = secondBrowser();
        driver = regisseur;
        logIn("dorpsregisseur", "samenplan");
        open(plan);

        driver = leefcoach;
        click("agreement-add");
        type("agreement-what", "Haalt op vrijdag de boodschappen");
        pick("agreement-category", "Boodschappen");
        select("agreement-rung", "0 · Zelf");
        click("agreement-ok");
        waitUntil("the agreement dialog to close",
                ExpectedConditions.invisibilityOfElementLocated(By.id("agreement-what")));

        driver = regisseur;
        click("goal-add");
        select("goal-area-1", "Sociaal netwerk");
        type("goal-text-1", "Ik wil weer naar de koffieochtend.");

        // Both press Opslaan at the same moment, each on the version they opened
        driver = leefcoach;
        js("arguments[0].scrollIntoView({block: 'center'})", scrollTo(By.id("plan-save")));
        driver = regisseur;
        js("arguments[0].scrollIntoView({block: 'center'})", scrollTo(By.id("plan-save")));
        leefcoach.findElement(By.id("plan-save")).click();
        regisseur.findElement(By.id("plan-save")).click();
        for (WebDriver browser : List.of(leefcoach, regisseur)) {
            driver = browser;
            waitForVaadin();
            waitUntil("the save to be done", d -> d.findElement(By.id("plan-status")).getText()
                    .matches("Versie [23],.*"));
            assertThat(driver.findElements(By.id("conflict-dialog"))).as("different parts: nothing to ask").isEmpty();
        }
        driver = regisseur;
        screenshot("two-people-01-dorpsregisseur-after-saving");

        // Each sees both changes when they look again
        for (WebDriver browser : List.of(leefcoach, regisseur)) {
            driver = browser;
            open(plan);
            assertThat(scrollTo(By.id("plan-status")).getText()).startsWith("Versie 3,");
            assertThat(fieldText(scrollTo(By.id("goal-text-1")))).isEqualTo("Ik wil weer naar de koffieochtend.");
            assertThat(visibleCellTexts(scrollTo(By.id("agreement-grid"))))
                    .contains("Haalt op vrijdag de boodschappen");
        }

        PlanContent saved = asLeefcoach(() -> plans.plan(clientId).content());
        assertThat(saved.goals()).extracting(PlanContent.GoalItem::text)
                .containsExactly("Ik wil weer naar de koffieochtend.");
        assertThat(saved.agreements()).extracting(PlanContent.AgreementItem::what)
                .containsExactly("Haalt op vrijdag de boodschappen");
    }

    private long aClientWithAPlan() {
        return asLeefcoach(() -> {
            long clientId = clients.create(new ClientData("Roelfien", "Tweetal" + ThreadLocalRandom.current()
                    .nextInt(100_000, 1_000_000), LocalDate.of(1938, 6, 1), "Brink 2", "7913 AB", "Heideveen", null,
                    null, ClientStatus.ACTIEF, java.util.Set.of(), null, null));
            editing.save(clientId, 0, new PlanContent(null, "Thuis blijven wonen", null, null, List.of(), List.of(),
                    null, null, null));
            return clientId;
        });
    }

    private <T> T asLeefcoach(java.util.function.Supplier<T> work) {
        UserDetails user = users.loadUserByUsername("leefcoach");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
