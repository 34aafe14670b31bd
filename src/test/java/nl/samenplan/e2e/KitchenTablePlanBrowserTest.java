package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenplan.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12's standard case at the kitchen table, counted: a new client living alone, two naasten of whom one is
 * overburdened, the three answers, four life areas, two goals, five needs of which two professional (one proposed by
 * the district nurse and approved by the leefcoach), the client's agreement and the PDF. Every click, typed field and
 * choice counts as one interaction; the journey must take at most 45 and type no fact twice. It runs on a 768 px
 * tablet, checks that no screen scrolls sideways there, and photographs every screen at 768 and at 1280 px.
 */
class KitchenTablePlanBrowserTest extends BrowserTestBase {

    private static final int TABLET = 768;
    private static final int LAPTOP = 1280;
    private static final int MOST_INTERACTIONS = 45;

    /** Every interaction, in order, as "kind: what" (the note prints them). */
    private final List<String> interactions = new ArrayList<>();
    /** What was typed, by the field it was typed in: a fact typed twice shows up as a value in two fields. */
    private final Map<String, String> typed = new LinkedHashMap<>();
    private int screens;

    @Test
    void a_whole_kitchen_table_plan_takes_at_most_45_interactions_and_no_fact_is_typed_twice() throws IOException {
        String lastName = "Kuipers" + Fixtures.letters(5);
        String client = "Hillegien " + lastName;
        String son = "Roelof " + lastName;
        String neighbour = "Trijn Mulder";
        tablet(driver);

        // The leefcoach, on her tablet at the kitchen table
        WebDriver leefcoach = driver;
        logIn("leefcoach", "samenplan");
        screen("01-client-list");

        // She looks the client up first; she is not there, so the name goes into the new client's form
        type("client-search", client);
        click("client-new");
        waitUntil("the new client's form with her name", d -> lastName.equals(fieldText(d.findElement(By.id(
                "client-last-name")))));
        assertThat(fieldText(driver.findElement(By.id("client-village")))).isEqualTo("Heideveen");
        typeDate("client-date-of-birth", "14-02-1937");
        screen("02-new-client");
        click("client-save");

        // The network opens with the form for the first naaste: her son, who is overburdened
        waitUntil("the network tab of the new client", d -> d.getCurrentUrl().contains("/netwerk"));
        waitForVisible(By.id("member-name"));
        type("member-name", son);
        select("member-relation", "Kind");
        type("member-burden", "8");
        screen("03-first-naaste");
        click("member-save-next");
        waitUntil("the form to be empty for the next naaste", d -> fieldText(d.findElement(By.id("member-name")))
                .isEmpty());
        type("member-name", neighbour);
        select("member-relation", "Buur");
        pick("member-can-help-with", "Vervoer");
        click("member-save");
        waitUntil("the dialog to close", ExpectedConditions.invisibilityOfElementLocated(By.id("member-name")));
        waitUntil("both naasten in the network", d -> deepText(d.findElement(By.id("network-members")))
                .contains(neighbour));
        assertThat(deepText(driver.findElement(By.id("network-members")))).contains(son, "8/10");
        screen("04-network");

        // The plan: her own words, four scores, two goals, her agreement
        click("tab-plan");
        type("plan-answer-can-do-self", "Zelf koken en de krant lezen.");
        type("plan-answer-needs", "Boodschappen, vervoer naar de huisarts, gezelschap, wondzorg aan mijn been en "
                + "hulp in het huishouden.");
        type("plan-answer-will-do", "Mijn buurvrouw vragen om mee te rijden.");
        score("Gezondheid", "5");
        score("Dagelijks functioneren", "4");
        score("Sociaal netwerk", "3");
        score("Mantelzorg", "6");
        type("goal-text-1", "Ik wil weer onder de mensen komen.");
        type("goal-text-2", "Ik wil zelf mijn boodschappen blijven kiezen.");
        assertThat(fieldText(driver.findElement(By.id("goal-area-1")))).isEqualTo("Sociaal netwerk");
        assertThat(fieldText(driver.findElement(By.id("goal-area-2")))).isEqualTo("Dagelijks functioneren");
        type("plan-agreed-with", "Hillegien en haar zoon Roelof");
        assertThat(fieldText(driver.findElement(By.id("plan-agreed-on")))).isNotBlank(); // today, by itself
        assertThat(fieldText(driver.findElement(By.id("plan-review-date")))).isNotBlank(); // from the settings
        screen("05-plan");
        click("plan-save");
        waitUntil("version 1", d -> d.findElement(By.id("plan-status")).getText().startsWith("Versie 1"));

        // What she named becomes five needs at once, and the ladder proposes help for each
        WebElement offer = scrollTo(By.id("plan-needs-from-answer"));
        assertThat(offer.getText()).contains("Boodschappen", "Vervoer", "Gezelschap", "Wondzorg", "Huishouden");
        screen("06-needs-offered");
        click("plan-record-needs");
        waitUntil("Hulpvragen", d -> d.getCurrentUrl().endsWith("/hulpvragen"));
        waitUntil("five need cards", d -> d.findElements(By.cssSelector("#needs > .card")).size() == 5);
        screen("07-needs");
        accept("Vervoer", neighbour);
        accept("Gezelschap", "Welzijn op Recept");
        accept("Boodschappen", "vrijwilliger");
        screen("08-informal-help-agreed");

        // The district nurse, on her own tablet, finds the care only professionals can give on her landing page
        driver = secondBrowser();
        tablet(driver);
        logIn("wijkverpleegkundige", "samenplan");
        screen("09-nurse-landing");

        // Wound care she indicates herself (Zvw): she is the Zorgverlener already, only how often is new
        arrange("Wondzorg", client);
        assertThat(fieldText(driver.findElement(By.id("agreement-provider")))).isEqualTo("Fatma Yilmaz");
        type("agreement-frequency", "3x per week");
        screen("10-nurse-wound-care");
        click("agreement-ok");
        waitUntil("the agreement dialog to close",
                ExpectedConditions.invisibilityOfElementLocated(By.id("agreement-what")));

        // Household help nobody lower can give: Wmo, which she proposes and the leefcoach indicates
        arrange("Huishouden", client);
        assertThat(js("return document.querySelector('#agreement-domain vaadin-radio-button[checked]')"
                + "?.textContent.trim()")).isEqualTo("Wmo"); // household help is Wmo: not asked
        type("agreement-provider", "Thuishulp Noord");
        type("agreement-frequency", "1x per week");
        screen("11-nurse-household-help");
        click("agreement-ok");
        waitUntil("the agreement dialog to close",
                ExpectedConditions.invisibilityOfElementLocated(By.id("agreement-what")));
        screen("12-nurse-done");

        // The leefcoach sees on the plan that care waits for her, approves it and gives Hillegien her plan
        driver = leefcoach;
        click("tab-plan");
        click("plan-approvals-waiting");
        WebElement card = waitUntil("the approval card of " + client, d -> approvalCard(client));
        assertThat(card.getText()).contains("Huishouden", "Thuishulp Noord", "1x per week", "Fatma Yilmaz");
        screen("13-approval");
        clickWhenFree(count("click", "approve"), card.findElement(By.cssSelector("vaadin-button[id^='approve-']")));
        waitUntil("back on her plan", d -> d.getCurrentUrl().endsWith("/plan"));
        String href = scrollTo(By.id("plan-pdf")).getDomProperty("href");
        count("click", "plan-pdf");
        Download pdf = fetchWithSession(href);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("kitchen-table-plan.pdf"), pdf.bytes());
        screen("14-plan-done");
        int made = interactions.size(); // the plan is made and handed over; what follows only checks it

        // The plan holds it all: five agreements, the professional ones indicated, every need met
        String agreements = deepText(scrollTo(By.id("agreement-cards"))); // a tablet shows them as cards
        assertThat(agreements).contains(neighbour, "Welzijn op Recept", "Thuishulp Noord", "Fatma Yilmaz");
        super.click("tab-hulpvragen"); // checking, not counted
        waitUntil("all five needs met, each saying who does it",
                d -> d.findElements(By.cssSelector("#needs > .card [id^='need-met-']")).size() == 5);
        screen("15-needs-met");
        super.click("tab-overzicht"); // the yes she asked for at the volunteer's proposal is recorded as consent
        waitUntil("the consent for volunteers on the Overzicht", d -> deepText(d.findElement(By.tagName("body")))
                .contains("Vrijwilligers van het team: gegeven op"));

        System.out.printf("Kitchen-table plan: %d interactions (at most %d), %d screens at %d and %d px%n",
                made, MOST_INTERACTIONS, screens, TABLET, LAPTOP);
        for (int i = 0; i < interactions.size(); i++) {
            System.out.printf("%3d  %s%n", i + 1, interactions.get(i));
        }
        assertThat(made).as("interactions to make the plan: %s", interactions).isLessThanOrEqualTo(MOST_INTERACTIONS);
        assertThat(typedTwice()).as("facts typed more than once").isEmpty();
    }

    // ------------------------------------------------------------------------------------- counted actions

    @Override
    protected void logIn(String username, String password) {
        count("type", "username"); // the log-in is counted, its credentials are not facts of the plan
        count("type", "password");
        count("click", "log in");
        super.logIn(username, password);
    }

    @Override
    protected void click(String id) {
        super.click(count("click", id));
    }

    @Override
    protected void type(String id, String text) {
        remember(id, text);
        super.type(count("type", id), text);
        settleLazyField();
    }

    /** A lazy field (the frequency) sends what was typed a moment later; the screenshots must show its answer. */
    private void settleLazyField() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitForVaadin();
    }

    @Override
    protected void typeDate(String id, String date) {
        remember(id, date);
        super.typeDate(count("type", id), date);
    }

    @Override
    protected void select(String id, String label) {
        super.select(count("choose", id + " = " + label), label);
    }

    @Override
    protected void pick(String id, String label) {
        super.pick(count("choose", id + " = " + label), label);
    }

    @Override
    protected void check(String id) {
        super.check(count("tick", id));
    }

    private String count(String kind, String what) {
        interactions.add(kind + ": " + what);
        return what.contains(" = ") ? what.substring(0, what.indexOf(" = ")) : what;
    }

    private void clickWhenFree(String counted, WebElement element) {
        clickWhenFree(element);
    }

    private void remember(String field, String value) {
        typed.merge(value.strip().toLowerCase(Locale.ROOT), field, (a, b) -> a + " and " + b);
    }

    /** The values that were typed in more than one field, with those fields. */
    private List<String> typedTwice() {
        return typed.entrySet().stream().filter(e -> e.getValue().contains(" and "))
                .map(e -> "\"" + e.getKey() + "\" in " + e.getValue()).toList();
    }

    private void score(String lifeArea, String score) {
        String id = (String) js("""
                return Array.from(document.querySelectorAll('vaadin-integer-field[id^="score-"]'))
                    .find(f => f.label === arguments[0]).id;
                """, lifeArea);
        type(id, score);
    }

    /** Accepts, on the need card of this category, the proposal that names this helper. */
    private void accept(String category, String who) {
        WebElement button = waitUntil("a proposal of " + who + " on the card of " + category, d -> (WebElement) js("""
                const card = Array.from(document.querySelectorAll('#needs > .card'))
                    .find(c => c.querySelector('h3').textContent.startsWith(arguments[0]));
                const proposal = card && Array.from(card.querySelectorAll('.proposal'))
                    .find(p => p.textContent.includes(arguments[1]));
                return proposal ? proposal.querySelector('vaadin-button[id^="accept-"]') : null;
                """, category, who));
        clickWhenFree(count("click", "accept " + category), button);
        waitUntil(category + " to be met", d -> {
            WebElement now = needCard(category);
            return now != null && now.findElements(By.cssSelector("vaadin-button[id^='accept-']")).isEmpty();
        });
    }

    /** On the nurse's landing page: opens the care of this kind for this client in the agreement form, filled in. */
    private void arrange(String category, String client) {
        WebElement button = waitUntil(category + " of " + client + " to arrange", d -> (WebElement) js("""
                return Array.from(document.querySelectorAll('[id^="care-to-arrange-"]'))
                    .filter(card => card.textContent.includes(arguments[0]) && card.textContent.includes(arguments[1]))
                    .map(card => card.querySelector('vaadin-button[id^="arrange-"]')).find(b => b) || null;
                """, client, category));
        clickWhenFree(count("click", "arrange " + category), button);
        waitForVisible(By.id("agreement-what"));
    }

    // ------------------------------------------------------------------------------------------- screens

    private void tablet(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(TABLET, 1024));
    }

    /**
     * A screen of the journey: on the tablet nothing may stick out sideways; photographed at 768 and at 1280 px
     * (not counted: looking is not an interaction).
     */
    private void screen(String name) {
        waitForVaadin();
        Number overflow = (Number) js("""
                const root = document.documentElement;
                const content = document.querySelector('vaadin-app-layout > :not([slot])');
                const wide = Math.max(root.scrollWidth - root.clientWidth,
                    content ? content.scrollWidth - content.clientWidth : 0);
                return wide;
                """);
        assertThat(overflow.intValue()).as(name + " sticks out sideways on a tablet by px").isLessThanOrEqualTo(1);
        screenshot("kitchen-table-" + name + "-" + TABLET);
        driver.manage().window().setSize(new Dimension(LAPTOP, 900));
        waitForVaadin();
        screenshot("kitchen-table-" + name + "-" + LAPTOP);
        tablet(driver);
        waitForVaadin();
        screens++;
    }
}
