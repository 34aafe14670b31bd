package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The district nurse's day on a tablet (768x1024): she lands on Mijn taken, marks one task gedaan and
 * one lukt niet with a reason; the leefcoach who owns the plan sees the signal on her landing page.
 */
class TaskJourneyBrowserTest extends BrowserTestBase {

    @Autowired
    private UserDetailsService users;
    @Autowired
    private ClientService clients;
    @Autowired
    private PlanService plans;
    @Autowired
    private nl.samenplan.plan.PlanEditing editing;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private TeamService team;
    @Autowired
    private TaskService tasks;
    @Autowired
    private Clock clock;

    @Test
    void the_nurse_updates_her_tasks_on_a_tablet_and_the_leefcoach_gets_the_signal() {
        String lastName = "Tablet" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        List<TaskRow> made = twoTasksForTheNurseToday(lastName);
        TaskRow stockings = made.stream().filter(t -> t.what().startsWith("Steunkousen")).findFirst().orElseThrow();
        TaskRow wound = made.stream().filter(t -> t.what().startsWith("Wondzorg")).findFirst().orElseThrow();

        driver.manage().window().setSize(new Dimension(768, 1024));
        logIn("wijkverpleegkundige", "samenplan");
        waitUntil("Mijn taken as the landing page", d -> d.getCurrentUrl().endsWith("/mijn-taken"));
        WebElement card = scrollTo(By.id("task-" + stockings.id()));
        assertThat(card.getText()).contains("Test " + lastName, "Dorpsstraat 1", "Steunkousen aantrekken");
        assertThat((Long) js("return document.documentElement.scrollWidth - window.innerWidth")).as(
                "no horizontal scrolling at 768 px").isLessThanOrEqualTo(0L);
        WebElement done = card.findElement(By.cssSelector("vaadin-button.task-done"));
        assertThat(done.getSize().getHeight()).as("a large touch target").isGreaterThanOrEqualTo(44);
        screenshot("task-journey-01-my-tasks-tablet");

        // Gedaan: one tap, then the undo offer
        clickWhenFree(done);
        waitUntil("the stockings task to leave the list",
                ExpectedConditions.invisibilityOfElementLocated(By.id("task-" + stockings.id())));
        waitUntil("the undo offer", d -> !d.findElements(By.id("task-undo")).isEmpty());
        screenshot("task-journey-02-done-with-undo");

        // Lukt niet: a reason with one tap, then it is passed on
        WebElement woundCard = scrollTo(By.id("task-" + wound.id()));
        clickWhenFree(woundCard.findElement(By.cssSelector("vaadin-button.task-not-possible")));
        chooseRadio("not-possible-quick", "Cliënt niet thuis");
        screenshot("task-journey-03-not-possible");
        click("not-possible-confirm");
        waitUntil("the wound care task to leave the list",
                ExpectedConditions.invisibilityOfElementLocated(By.id("task-" + wound.id())));

        // The leefcoach owns the plan: the signal is on her landing page
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 900));
        logIn("leefcoach", "samenplan");
        waitUntil("the client list as the landing page", d -> d.getCurrentUrl().endsWith("/clienten"));
        WebElement signal = scrollTo(By.id("signal-" + wound.id()));
        assertThat(signal.getText()).contains("Wondzorg onderbeen", "Fatma Yilmaz", "Cliënt niet thuis");
        screenshotAt("task-journey-04-signal-for-the-leefcoach", By.id("task-signals"));

        asLeefcoach();
        try {
            assertThat(tasks.task(stockings.id()).status()).isEqualTo(TaskStatus.GEDAAN);
            assertThat(tasks.task(wound.id()).status()).isEqualTo(TaskStatus.LUKT_NIET);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<TaskRow> twoTasksForTheNurseToday(String lastName) {
        asLeefcoach();
        try {
            long clientId = clients.create(new ClientData("Test", lastName, LocalDate.of(1941, 2, 3),
                    "Dorpsstraat 1", "7913 KH", "Heideveen", null, null, ClientStatus.ACTIEF, java.util.Set.of(), null,
                    null));
            long nurse = team.colleagues().stream().filter(c -> c.displayName().equals("Fatma Yilmaz")).findFirst()
                    .orElseThrow().id();
            LocalDate today = LocalDate.now(clock);
            // The leefcoach owns the plan; the nurse indicates her own care (Zvw) in it
            editing.save(clientId, 0, new PlanContent(null, "Thuis blijven", null, null, List.of(), List.of(), null,
                    null, null));
            actAs("wijkverpleegkundige");
            editing.addAgreement(clientId, care("Steunkousen aantrekken", "Persoonlijke verzorging", today, nurse)
                    .withEscalationReason("De partner kan het niet meer; geen vrijwilliger voor verzorging."));
            editing.addAgreement(clientId, care("Wondzorg onderbeen", "Wondzorg", today, nurse));
            return tasks.clientTasks(clientId, PageRequest.of(0, 10)).getContent();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private AgreementItem care(String what, String category, LocalDate day, long nurse) {
        long categoryId = catalog.needCategories().stream().filter(c -> c.name().equals(category)).findFirst()
                .orElseThrow().id();
        return new AgreementItem(null, what, categoryId, SupportRung.PROFESSIONELE_ZORG, null, "Fatma Yilmaz",
                "Thuiszorg De Linde", "", day, null, nl.samenplan.catalog.FundingDomain.ZVW, null).withAssignee(nurse);
    }

    private void asLeefcoach() {
        actAs("leefcoach");
    }

    private void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
