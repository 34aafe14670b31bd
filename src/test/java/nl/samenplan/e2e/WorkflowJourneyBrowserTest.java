package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The workflow rules of issue 4 in a real browser: a need for boodschappen is routed to the neighbour
 * who said she can help and is agreed in one click; a need for wondzorg goes straight to professional
 * care; huishoudelijke hulp (Wmo) proposed by the wijkverpleegkundige waits in the Goedkeuren inbox
 * until the leefcoach approves it, and is then indicated in the plan.
 */
class WorkflowJourneyBrowserTest extends BrowserTestBase {

    private static final String NEIGHBOUR = "Jannie de Vries";
    private static final String HOUSEHOLD_HELP = "Huishoudelijke hulp";
    private static final String PROVIDER = "Thuishulp Noord";

    @Test
    void informal_first_then_professional_care_waits_for_the_leefcoach() {
        String lastName = "Workflow" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String client = "Aaltje " + lastName;

        // The wijkverpleegkundige (who lands on her tasks) registers a new client: saving opens the network tab
        logIn("wijkverpleegkundige", "samenplan");
        open("/clienten");
        scrollTo(By.id("client-grid"));
        click("client-new");
        type("client-first-name", "Aaltje");
        type("client-last-name", lastName);
        typeDate("client-date-of-birth", "04-09-1938");
        type("client-village", "Heideveen");
        click("client-save");
        waitUntil("the network tab of the new client", d -> d.getCurrentUrl().matches(".*/clienten/\\d+/netwerk(\\?.*)?"));
        waitForVaadin();
        assertThat(scrollTo(By.id("client-file-name")).getText()).isEqualTo(client);
        String clientPath = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("/netwerk(\\?.*)?$", "");

        // A neighbour who can help with the shopping: the form for the first naaste is open at once
        waitForVisible(By.id("member-name"));
        type("member-name", NEIGHBOUR);
        select("member-relation", "Buur");
        pick("member-can-help-with", "Boodschappen");
        click("member-save");
        waitUntil("the member dialog to close", ExpectedConditions.invisibilityOfElementLocated(By.id("member-name")));
        waitUntil(NEIGHBOUR + " in the network", d -> deepText(d.findElement(By.id("network-members"))).contains(NEIGHBOUR));
        screenshotAt("workflow-journey-01-network", By.id("network-members"));

        // Hulpvragen: boodschappen → the rules propose the neighbour, with the reason
        click("tab-hulpvragen");
        waitUntil("the needs tab", d -> d.getCurrentUrl().endsWith("/hulpvragen"));
        recordNeed("Boodschappen", "Wekelijks naar de supermarkt");
        WebElement shopping = needCard("Boodschappen");
        assertThat(shopping.getText()).contains("Voorgesteld: buur " + NEIGHBOUR + " (kan Boodschappen");
        WebElement accept = proposalButton(shopping, NEIGHBOUR);
        assertThat(accept.getDomAttribute("id")).matches("accept-\\d+-1-\\d+");
        screenshotAt("workflow-journey-02-shopping-proposed", By.id(shopping.getDomAttribute("id")));
        clickWhenFree(accept);
        String agreed = waitUntil("the shopping need to be agreed", d -> {
            String text = (String) js("const card = arguments[0]; return card && card.isConnected ? card.innerText : '';",
                    needCard("Boodschappen"));
            return text.contains("Afgesproken") ? text : null;
        });
        assertThat(agreed).contains("Afgesproken: " + NEIGHBOUR + " doet het (trede 1, Eigen netwerk).");
        assertThat(needCard("Boodschappen").findElements(By.cssSelector("vaadin-button[id^='accept-']"))).isEmpty();

        // Wondzorg is professional by nature: straight to rung 4, nothing to agree informally
        recordNeed("Wondzorg", "Open been verzorgen");
        WebElement wound = needCard("Wondzorg");
        assertThat(wound.getText())
                .contains("Wondzorg is van nature professionele zorg: meteen trede 4, zonder onderbouwing.")
                .doesNotContain("Voorgesteld: buur");
        assertThat(wound.findElements(By.cssSelector("vaadin-button[id^='accept-']"))).isEmpty();
        screenshotAt("workflow-journey-03-needs", By.id("needs"));

        // Plan: accepting the proposal already wrote the neighbour's agreement into the plan
        click("tab-plan");
        WebElement agreements = scrollTo(By.id("agreement-grid"));
        assertThat(visibleCellTexts(agreements)).contains(NEIGHBOUR);
        assertThat(agreementRungs(agreements)).contains("1 · Eigen netwerk");
        String versionBefore = scrollTo(By.id("plan-status")).getText();

        // Huishoudelijke hulp on rung 4 (Wmo): the rules pre-fill why the lower rungs fall short
        click("agreement-add");
        type("agreement-what", HOUSEHOLD_HELP);
        pick("agreement-category", "Huishouden");
        select("agreement-rung", "4 · Professionele zorg");
        type("agreement-provider", PROVIDER);
        type("agreement-organisation", PROVIDER);
        chooseRadio("agreement-domain", "Wmo");
        String escalation = waitUntil("the escalation reason to be pre-filled", d -> {
            String text = fieldText(scrollTo(By.id("agreement-escalation")));
            return text.isBlank() ? null : text;
        });
        assertThat(escalation.trim()).isNotEmpty();
        screenshot("workflow-journey-04-agreement-dialog");
        click("agreement-ok");
        waitUntil("the agreement dialog to close",
                ExpectedConditions.invisibilityOfElementLocated(By.id("agreement-what")));
        click("plan-save");
        String saved = waitUntil("the plan to be saved as a new version", d -> {
            String status = d.findElement(By.id("plan-status")).getText();
            return status.startsWith("Versie") && !status.equals(versionBefore) ? status : null;
        });
        assertThat(saved).contains("Fatma Yilmaz");
        assertThat(driver.findElements(By.id("plan-error"))).noneMatch(WebElement::isDisplayed);
        assertThat(agreementRow()).contains("4 · Professionele zorg (Wmo) · ter goedkeuring");
        screenshotAt("workflow-journey-05-waiting", By.id("agreement-grid"));

        // The leefcoach may indicate Wmo: she approves it from her inbox
        click("logout");
        waitUntil("the login page", d -> d.getCurrentUrl().contains("/login"));
        logIn("leefcoach", "samenplan");
        open("/goedkeuren");
        WebElement card = waitUntil("the approval card of " + client, d -> approvalCard(client));
        assertThat(card.getText()).contains(HOUSEHOLD_HELP, "Wmo", PROVIDER, "Fatma Yilmaz");
        WebElement approve = card.findElement(By.cssSelector("vaadin-button[id^='approve-']"));
        assertThat(approve.isEnabled()).isTrue();
        screenshotAt("workflow-journey-06-inbox", By.id(card.getDomAttribute("id")));
        clickWhenFree(approve);
        waitUntil("the approval card to disappear", d -> approvalCard(client) == null);
        screenshot("workflow-journey-07-approved");

        // Back in the client's plan the care is now indicated
        open(clientPath + "/plan");
        assertThat(scrollTo(By.id("client-file-name")).getText()).isEqualTo(client);
        String row = waitUntil("the agreement to be indicated", d -> {
            String rung = agreementRow();
            return rung.contains("geïndiceerd") ? rung : null;
        });
        assertThat(row).contains("4 · Professionele zorg (Wmo) · geïndiceerd").doesNotContain("ter goedkeuring");
        screenshotAt("workflow-journey-08-indicated", By.id("agreement-grid"));

        // Wondzorg: the nurse takes the need into the plan, with herself as zorgverlener, in two actions
        click("logout");
        waitUntil("the login page", d -> d.getCurrentUrl().contains("/login"));
        logIn("wijkverpleegkundige", "samenplan");
        open(clientPath + "/hulpvragen");
        WebElement handOver = waitUntil("the hand-over link of the wound care", d -> {
            WebElement woundCard = needCard("Wondzorg");
            List<WebElement> links = woundCard == null ? List.of()
                    : woundCard.findElements(By.cssSelector("a[id^='hand-over-']"));
            return links.isEmpty() ? null : links.get(0);
        });
        clickWhenFree(handOver);
        waitUntil("the agreement form, filled in from the need",
                d -> "Open been verzorgen".equals(fieldText(scrollTo(By.id("agreement-what")))) ? true : null);
        assertThat(fieldText(scrollTo(By.id("agreement-provider")))).isEqualTo("Fatma Yilmaz");
        assertThat(fieldText(scrollTo(By.id("agreement-organisation")))).isEqualTo("Thuiszorg De Linde");
        screenshot("workflow-journey-09-hand-over");
        click("agreement-ok");
        String met = waitUntil("the wound care need to be met", d -> {
            if (!d.getCurrentUrl().endsWith("/hulpvragen")) {
                return null;
            }
            String text = (String) js("const card = arguments[0]; return card && card.isConnected ? card.innerText : '';",
                    needCard("Wondzorg"));
            return text.contains("Afgesproken") ? text : null;
        });
        assertThat(met).contains("Afgesproken: Fatma Yilmaz · Thuiszorg De Linde doet het (trede 4, Professionele zorg).");
        screenshotAt("workflow-journey-10-need-met", By.id("needs"));
    }

    /** Records a need through the dialog and waits for its card. */
    private void recordNeed(String category, String description) {
        click("need-new");
        pick("need-category", category);
        type("need-description", description);
        click("need-save");
        waitUntil("the need dialog to close", ExpectedConditions.invisibilityOfElementLocated(By.id("need-category")));
        waitUntil("the card of " + category, d -> needCard(category));
    }

    /** The Afspreken button of the proposal in this card that names this person. */
    private WebElement proposalButton(WebElement card, String who) {
        return card.findElements(By.cssSelector(".proposal")).stream()
                .filter(p -> p.getText().contains(who))
                .map(p -> p.findElement(By.cssSelector("vaadin-button[id^='accept-']")))
                .findFirst().orElseThrow(() -> new AssertionError("no proposal for " + who + " in " + card.getText()));
    }

    /**
     * The rung cell (with the approval state) of the household help in the agreements grid, once the
     * grid shows it; the plan has this one agreement, so it is the only rung-4 cell.
     */
    private String agreementRow() {
        WebElement grid = scrollTo(By.id("agreement-grid"));
        return waitUntil(HOUSEHOLD_HELP + " in the agreements grid", d -> {
            List<String> cells = visibleCellTexts(grid);
            return cells.contains(HOUSEHOLD_HELP)
                    ? agreementRungs(grid).stream().filter(t -> t.startsWith("4 · ")).findFirst().orElse(null) : null;
        });
    }
}
