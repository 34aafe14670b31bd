package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenplan.catalog.Settings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey of a leefcoach in a real browser: a new client, three people in the network, the
 * integrated plan (the client's answers, a score for every life area, two goals, four agreements on
 * different rungs, the client's agreement), the spider web, the network picture and the PDF; then the
 * client is looked up again and the first version of the plan is read back from the history.
 */
class PlanJourneyBrowserTest extends BrowserTestBase {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** The life areas in the order of db/changelog/changes/002-catalog.yaml: database ids 1 to 8. */
    private static final List<String> LIFE_AREAS = List.of("Gezondheid", "Dagelijks functioneren", "Wonen",
            "Sociaal netwerk", "Meedoen", "Zingeving", "Financiën", "Mantelzorg");
    private static final int[] SCORES = {6, 7, 8, 4, 3, 7, 9, 5};
    private static final String PARTNER = "Hendrik Smit";
    private static final String CHILD = "Els Smit";
    private static final String NEIGHBOUR = "Jannie de Vries";
    private static final String GOAL_1 = "Ik wil weer onder de mensen komen.";
    private static final String GOAL_2 = "Ik wil zelf naar de huisarts kunnen.";

    @Autowired
    private Clock clock;

    @Test
    void leefcoach_writes_a_whole_plan_with_a_new_client_and_finds_it_again_in_the_history() throws IOException {
        String lastName = "Journey" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String client = "Geesje " + lastName;
        LocalDate today = LocalDate.now(clock);
        logIn("leefcoach", "samenplan");

        // A new client; saving opens her file on the network, which is asked first
        scrollTo(By.id("client-grid"));
        click("client-new");
        type("client-first-name", "Geesje");
        type("client-last-name", lastName);
        typeDate("client-date-of-birth", "12-03-1941");
        type("client-village", "Heideveen");
        type("client-postcode", "9431 AB");
        screenshot("plan-journey-01-new-client");
        click("client-save");
        waitUntil("the network tab of the new client", d -> d.getCurrentUrl().matches(".*/clienten/\\d+/netwerk(\\?.*)?"));
        waitForVaadin();
        assertThat(scrollTo(By.id("client-file-name")).getText()).isEqualTo(client);

        // Three people around her: the partner cares for her and it weighs heavily (8 of 10)
        addMember(PARTNER, "Partner", () -> {
            check("member-caregiver");
            type("member-burden", "8");
            screenshot("plan-journey-02-member-dialog");
        });
        addMember(CHILD, "Kind", () -> type("member-availability", "Zondag"));
        addMember(NEIGHBOUR, "Buur", () -> {
            pick("member-can-help-with", "Vervoer");
            type("member-availability", "Dinsdag en donderdag");
        });
        screenshotAt("plan-journey-03-network", By.id("network-members"));

        // The plan: first the client's own words
        click("tab-plan");
        assertThat(scrollTo(By.id("plan-status")).getText()).contains("Dit plan is nog nieuw");
        type("plan-answer-can-do-self", "Zelf aankleden en koffie zetten.");
        type("plan-answer-needs", "Vervoer naar de huisarts en iemand om mee te praten.");
        type("plan-answer-will-do", "Ik ga weer naar de koffieochtend in het dorpshuis.");
        screenshotAt("plan-journey-04-answers", By.id("plan-status"));

        // A score for every life area: the spider web follows
        for (int i = 0; i < LIFE_AREAS.size(); i++) {
            String id = "score-" + (i + 1);
            assertThat(scrollTo(By.id(id)).getDomProperty("label")).as(id).isEqualTo(LIFE_AREAS.get(i));
            type(id, Integer.toString(SCORES[i]));
        }
        List<String> webScores = waitUntil("all eight scores in the spider web", d -> {
            List<String> shown = texts("#spider-web svg .axis-label .score");
            return shown.size() >= LIFE_AREAS.size() ? shown.subList(0, LIFE_AREAS.size()) : null;
        });
        assertThat(webScores).containsExactlyElementsOf(Arrays.stream(SCORES).mapToObj(Integer::toString).toList());
        assertThat(driver.findElements(By.cssSelector("#spider-web svg polygon.current"))).hasSize(1);
        screenshotAt("plan-journey-05-life-areas", By.id("spider-web"));

        // Two goals in her own words
        addGoal(1, "Sociaal netwerk", GOAL_1);
        addGoal(2, "Dagelijks functioneren", GOAL_2);
        screenshotAt("plan-journey-08-goals", By.id("goal-area-1"));

        // Four agreements, from what she does herself up to professional care, two of them for a goal
        addAgreement("Zelf de boodschappenlijst maken", "Boodschappen", "0 · Zelf",
                () -> type("agreement-frequency", "Elke week"));
        addAgreement("Rijdt haar naar de huisarts", "Vervoer", "1 · Eigen netwerk",
                () -> {
                    select("agreement-member", NEIGHBOUR + " (Buur)");
                    select("agreement-goal", GOAL_2);
                });
        addAgreement("Komt koffie drinken", "Gezelschap", "2 · Vrijwilligers", () -> {
            type("agreement-provider", "Vrijwilliger Gerrit");
            type("agreement-frequency", "Dinsdagmiddag");
            select("agreement-goal", GOAL_1);
        });
        addAgreement("Hulp bij douchen", "Persoonlijke verzorging", "4 · Professionele zorg", () -> {
            type("agreement-provider", "Wijkverpleging");
            type("agreement-organisation", "Thuiszorg De Linde");
            chooseRadio("agreement-domain", "Zvw");
            type("agreement-frequency", "Di en vr ochtend");
            screenshot("plan-journey-06-agreement-dialog");
        });
        WebElement agreements = scrollTo(By.id("agreement-grid"));
        assertThat(visibleCellTexts(agreements)).contains("De cliënt zelf", NEIGHBOUR, "Vrijwilliger Gerrit",
                "Wijkverpleging · Thuiszorg De Linde", "Persoonlijke verzorging");
        assertThat(agreementRungs(agreements)).contains("0 · Zelf", "1 · Eigen netwerk", "2 · Vrijwilligers",
                "4 · Professionele zorg (Zvw)");
        screenshotAt("plan-journey-07-agreements", By.id("agreement-grid"));

        // The client agrees today; the next review is proposed after the review period of the settings (the tests that
        // change the settings put them back)
        typeDate("plan-agreed-on", today.format(DUTCH));
        type("plan-agreed-with", "Geesje, dochter Els en de leefcoach");
        String review = today.plusMonths(Settings.DEFAULTS.reviewMonths()).format(DUTCH);
        waitUntil("the review date to be proposed",
                d -> review.equals(fieldText(d.findElement(By.id("plan-review-date")))));

        // Saved as version 1
        click("plan-save");
        String status = waitUntil("the status line of version 1", d -> {
            String text = d.findElement(By.id("plan-status")).getText();
            return text.startsWith("Versie 1") ? text : null;
        });
        assertThat(status).contains("Sanne Mulder");
        assertThat(driver.findElements(By.id("plan-error"))).noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElements(By.cssSelector("#spider-web svg"))).hasSize(1);
        screenshotAt("plan-journey-09-saved", By.id("plan-status"));

        // The PDF for the client, fetched with the browser's own session
        String href = scrollTo(By.id("plan-pdf")).getDomProperty("href");
        Download pdf = fetchWithSession(href);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.disposition()).contains("ondersteuningsplan.pdf");
        assertThat(new String(pdf.bytes(), 0, Math.min(4, pdf.bytes().length), StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF");
        assertThat(pdf.bytes().length).isGreaterThan(2048);
        Files.write(SCREENSHOTS.resolve("plan-journey-plan.pdf"), pdf.bytes());

        // The network picture now shows the plan's volunteer and professional too
        click("tab-netwerk");
        WebElement picture = scrollTo(By.cssSelector("#network-picture svg, svg#network-picture"));
        List<String> nodes = texts("#network-picture g.node > title, svg#network-picture g.node > title");
        assertThat(nodes).anyMatch(n -> n.startsWith(NEIGHBOUR)).anyMatch(n -> n.startsWith(CHILD))
                .contains(PARTNER + ", Partner, 8/10").anyMatch(n -> n.startsWith("Vrijwilliger Gerrit"))
                .anyMatch(n -> n.startsWith("Wijkverpleging"));
        assertThat(picture.getDomProperty("textContent")).contains(NEIGHBOUR, "8/10");
        screenshotOf("plan-journey-10-network-picture", By.id("network-picture"));

        // Later: away to the client list, find her by name and open her file
        open("/clienten");
        WebElement grid = scrollTo(By.id("client-grid"));
        scrollTo(By.id("client-search")).findElement(By.cssSelector("input")).sendKeys(lastName);
        WebElement link = waitUntil("only " + client + " in the list", d -> {
            List<String> cells = visibleCellTexts(grid);
            return cells.contains(client) && cells.stream().noneMatch(t -> t.contains("Hoekstra"))
                    ? grid.findElement(By.linkText(client)) : null;
        });
        screenshot("plan-journey-11-found");
        clickWhenFree(link);
        waitUntil("her file", d -> d.getCurrentUrl().endsWith("/overzicht"));
        assertThat(scrollTo(By.id("client-file-name")).getText()).isEqualTo(client);

        // The history has the plan's first version, which can be read again
        click("tab-geschiedenis");
        WebElement history = scrollTo(By.id("history-grid"));
        String created = waitUntil("the line \"Plan gemaakt\"", d -> visibleCellTexts(history).stream()
                .filter(t -> t.startsWith("Plan gemaakt")).findFirst().orElse(null));
        assertThat(created).endsWith("Lees versie 1");
        assertThat(visibleCellTexts(history)).anyMatch(t -> t.equals("Naaste toegevoegd: " + NEIGHBOUR))
                .anyMatch(t -> t.startsWith("Cliënt ingeschreven"));
        screenshotAt("plan-journey-12-history", By.id("client-file-name"));
        clickWhenFree(history.findElement(By.linkText("Lees versie 1")));
        String banner = scrollTo(By.id("revision-banner")).getText();
        assertThat(banner).startsWith("U leest versie 1, opgeslagen door Sanne Mulder").endsWith(
                "De huidige versie is 1.");
        assertThat(fieldText(driver.findElement(By.id("plan-answer-needs"))))
                .isEqualTo("Vervoer naar de huisarts en iemand om mee te praten.");
        assertThat(fieldText(driver.findElement(By.id("score-8")))).isEqualTo("5");
        assertThat(fieldText(driver.findElement(By.id("plan-agreed-on")))).isEqualTo(today.format(DUTCH));
        assertThat(visibleCellTexts(scrollTo(By.id("agreement-grid")))).contains("Vrijwilliger Gerrit");
        screenshotAt("plan-journey-13-revision", By.id("revision-banner"));
    }

    /** Adds a naaste through the dialog; {@code details} fills what differs per person. */
    private void addMember(String name, String relation, Runnable details) {
        if (driver.findElements(By.id("member-name")).stream().noneMatch(WebElement::isDisplayed)) {
            click("network-add"); // a just-made client's network opens with the form for the first naaste
        }
        type("member-name", name);
        select("member-relation", relation);
        details.run();
        click("member-save");
        waitUntil("the dialog to close", ExpectedConditions.invisibilityOfElementLocated(By.id("member-name")));
        waitUntil(name + " among the network", d -> deepText(d.findElement(By.id("network-members"))).contains(name));
    }

    private void addGoal(int number, String lifeArea, String text) {
        click("goal-add");
        select("goal-area-" + number, lifeArea);
        type("goal-text-" + number, text);
    }

    /** Adds an agreement through the dialog; {@code who} fills the fields of its rung. */
    private void addAgreement(String what, String category, String rung, Runnable who) {
        click("agreement-add");
        type("agreement-what", what);
        pick("agreement-category", category);
        select("agreement-rung", rung);
        who.run();
        click("agreement-ok");
        waitUntil("the agreement dialog to close", ExpectedConditions.invisibilityOfElementLocated(
                By.id("agreement-what")));
        waitUntil(what + " among the agreements",
                d -> visibleCellTexts(d.findElement(By.id("agreement-grid"))).contains(what));
    }

    /** The trimmed texts of the elements (also inside an svg) that match the CSS selector. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(e => e.textContent.trim());", css);
    }
}
