package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The screens of the kitchen-table journey on a 768 px tablet and a 1280 px laptop (issue 12, finding 10): the
 * client-file tabs stay on one row, the agreements show their rung and approval state uncut (as a grid on the
 * laptop, as cards on the tablet), the client's Taken grid shows its last column, and no screen of the journey
 * scrolls sideways or cuts a grid cell. Every screen is saved whole as target/screenshots/layout-{width}-*.png.
 */
class LayoutBrowserTest extends BrowserTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    /** Whether the page scrolls sideways and which grid cells or grids are cut off, as lines of text. */
    private static final String CUT_OFF = """
            const problems = [];
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout && layout.shadowRoot.querySelector('[content]');
            if (content && content.scrollWidth > content.clientWidth + 1) {
              problems.push('the page scrolls sideways: ' + content.scrollWidth + ' > ' + content.clientWidth);
            }
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              if (!grid.checkVisibility()) continue;
              const table = grid.shadowRoot.querySelector('#table');
              if (table.scrollWidth > table.clientWidth + 1) {
                problems.push('grid ' + grid.id + ' scrolls sideways: ' + table.scrollWidth + ' > ' + table.clientWidth);
              }
              for (const cell of grid.querySelectorAll('vaadin-grid-cell-content')) {
                if (cell.checkVisibility() && cell.scrollWidth > cell.clientWidth + 1) {
                  problems.push('cell of ' + grid.id + ' cut: "' + cell.textContent.trim() + '"');
                }
              }
            }
            for (const card of document.querySelectorAll('.agreement-card, .member-card, .task-card')) {
              if (!card.checkVisibility()) continue;
              if (card.getBoundingClientRect().right > window.innerWidth + 1) {
                problems.push('card beyond the window: "' + card.textContent.trim().slice(0, 40) + '"');
              }
              for (const part of card.querySelectorAll('*')) {
                if (part.checkVisibility() && part.scrollWidth > part.clientWidth + 1
                    && getComputedStyle(part).overflowX !== 'visible') {
                  problems.push('text cut in a card: "' + part.textContent.trim().slice(0, 40) + '"');
                }
              }
            }
            return problems;
            """;

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {768, 1280})
    void the_screens_of_the_journey_fit_a_tablet_and_a_laptop(int width) throws java.io.IOException {
        long aaltje = clientId("Aaltje", "Hoekstra");
        long berendina = clientId("Berendina", "Lubbers");
        long cornelis = clientId("Cornelis", "Jonker");
        long egbert = clientId("Egbert", "Mulderij");
        logIn("leefcoach", "samenplan");
        driver.manage().window().setSize(new Dimension(width, 900));

        // The client file's tabs: one row, all eight of them, at either width
        open("/clienten/" + aaltje + "/plan");
        List<Long> tops = longs("return Array.from(document.querySelectorAll('.client-file-tab'))"
                + ".map(t => Math.round(t.getBoundingClientRect().top));");
        assertThat(tops).as("the tops of the tabs").hasSize(8).containsOnly(tops.get(0));

        // The agreements of a plan with every rung: rung and approval state never cut off
        agreementsAreWhole(width, 6, "geïndiceerd");
        shoot(width, "plan-aaltje", "agreement-add");
        dialogFits(width, "agreement-add", "agreement-dialog");
        // The professional care that waits for approval: the longest state
        open("/clienten/" + cornelis + "/plan");
        agreementsAreWhole(width, 1, "ter goedkeuring");
        shoot(width, "plan-waiting-approval", "agreement-add");

        // The client's tasks: the last column (who changed it, when) lies inside the grid and the window
        open("/clienten/" + aaltje + "/taken");
        WebElement tasks = waitForVisible(By.id("client-task-grid"));
        @SuppressWarnings("unchecked")
        Map<String, Number> last = (Map<String, Number>) js("""
                const grid = arguments[0];
                const headers = Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                    .filter(c => c.checkVisibility() && c.textContent.trim() === 'Laatst gewijzigd');
                const r = headers[0].getBoundingClientRect();
                return {right: r.right, gridRight: grid.getBoundingClientRect().right, window: window.innerWidth};
                """, tasks);
        assertThat(last.get("right").doubleValue()).as("the right edge of the last column")
                .isLessThanOrEqualTo(last.get("gridRight").doubleValue() + 1)
                .isLessThanOrEqualTo(last.get("window").doubleValue() + 1);
        assertThat(cutOff()).as("what is cut off on the Taken tab").isEmpty();
        shoot(width, "client-tasks", "client-task-grid");

        // The other screens of the journey: nothing cut off, nothing sideways
        for (String[] page : new String[][] {{"/clienten", "client-list"}, {"/clienten/" + aaltje + "/overzicht",
                "client-overview"}, {"/clienten/" + aaltje + "/netwerk", "network"},
            {"/clienten/" + berendina + "/hulpvragen", "needs"}, {"/clienten/" + egbert + "/hulpvragen", "needs-no-match"},
            {"/goedkeuren", "approvals"}, {"/mijn-taken", "my-tasks"}}) {
            open(page[0]);
            assertThat(cutOff()).as("what is cut off on " + page[0] + " at " + width + " px").isEmpty();
            shoot(width, page[1], null);
            if (page[1].equals("network")) {
                dialogFits(width, "network-add", "member-dialog");
            } else if (page[1].equals("needs")) {
                dialogFits(width, "need-new", "need-dialog");
            }
        }

        // Mijn taken of the district nurse, who has the most task cards of the demo team
        driver = secondBrowser();
        logIn("wijkverpleegkundige", "samenplan");
        driver.manage().window().setSize(new Dimension(width, 900));
        open("/mijn-taken");
        assertThat(driver.findElements(By.className("task-card"))).as("the nurse's task cards").isNotEmpty();
        assertThat(cutOff()).as("what is cut off on Mijn taken at " + width + " px").isEmpty();
        shoot(width, "my-tasks-nurse", null);
    }

    private void agreementsAreWhole(int width, int count, String approval) {
        assertThat(cutOff()).as("what is cut off on the plan page").isEmpty();
        if (width < 860) {
            // A tablet: one card per agreement instead of the grid, with the rung written out in full
            assertThat(driver.findElement(By.id("agreement-grid")).isDisplayed()).as("the grid on a tablet").isFalse();
            WebElement cards = scrollTo(By.id("agreement-cards"));
            assertThat(cards.findElements(By.className("agreement-card"))).hasSize(count);
            String text = cards.getDomProperty("textContent");
            assertThat(text).contains(approval);
            if (count > 1) {
                assertThat(text).contains("0 · Zelf", "4 · Professionele zorg", "Zvw");
            }
        } else {
            // A laptop: the grid, with short badges whose whole text is there for a screen reader and as a tooltip
            WebElement grid = scrollTo(By.id("agreement-grid"));
            assertThat(driver.findElement(By.id("agreement-cards")).isDisplayed()).as("the cards on a laptop")
                    .isFalse();
            List<WebElement> badges = grid.findElements(By.cssSelector(".agreement-badges .fact-badge"));
            assertThat(badges).extracting(b -> b.getDomProperty("textContent")).contains("4 · Prof.Trede 4 · Professionele zorg", approval);
            assertThat(grid.findElements(By.cssSelector(".rung-badge[data-rung='4']"))).first()
                    .satisfies(badge -> {
                        assertThat(badge.getDomAttribute("title")).isEqualTo("4 · Professionele zorg");
                        assertThat(badge.findElement(By.className("visually-hidden")).getDomProperty("textContent"))
                                .isEqualTo("Trede 4 · Professionele zorg");
                    });
            @SuppressWarnings("unchecked")
            List<Boolean> inside = (List<Boolean>) js("""
                    return Array.from(arguments[0].querySelectorAll('.agreement-badges .fact-badge')).map(b => {
                      const cell = b.closest('vaadin-grid-cell-content').getBoundingClientRect();
                      const r = b.getBoundingClientRect();
                      return r.left >= cell.left - 1 && r.right <= cell.right + 1;
                    });
                    """, grid);
            assertThat(inside).as("every badge inside its cell").isNotEmpty().containsOnly(true);
        }
    }

    /** Opens a dialog, checks that it and all of its fields lie inside the window, saves it and closes it. */
    @SuppressWarnings("unchecked")
    private void dialogFits(int width, String openId, String name) {
        click(openId);
        waitUntil("the dialog of " + openId, d -> Boolean.TRUE.equals(
                js("return !!document.querySelector('vaadin-dialog-overlay[opened]');")));
        waitForVaadin();
        List<String> problems = (List<String>) js("""
                const overlay = document.querySelector('vaadin-dialog-overlay[opened]');
                const box = overlay.shadowRoot.querySelector('[part=overlay]').getBoundingClientRect();
                const problems = [];
                if (box.left < -1 || box.right > window.innerWidth + 1) {
                  problems.push('the dialog lies beyond the window: ' + box.left + ' to ' + box.right);
                }
                const content = overlay.shadowRoot.querySelector('[part=content]');
                if (content && content.scrollWidth > content.clientWidth + 1) {
                  problems.push('the dialog scrolls sideways: ' + content.scrollWidth + ' > ' + content.clientWidth);
                }
                for (const e of overlay.querySelectorAll('*')) {
                  const r = e.getBoundingClientRect();
                  if (e.checkVisibility() && r.width > 0 && r.right > box.right + 1) {
                    problems.push('beyond the dialog: ' + e.tagName + '#' + e.id);
                  }
                }
                return problems.slice(0, 10);
                """);
        assertThat(problems).as("what lies outside the dialog of " + openId + " at " + width + " px").isEmpty();
        screenshot("layout-" + width + "-" + name);
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitUntil("the dialog of " + openId + " to close", d -> Boolean.TRUE.equals(
                js("return !document.querySelector('vaadin-dialog-overlay[opened]');")));
        waitForVaadin();
    }

    @SuppressWarnings("unchecked")
    private List<String> cutOff() {
        waitForVaadin();
        return (List<String>) js(CUT_OFF);
    }

    @SuppressWarnings("unchecked")
    private List<Long> longs(String script) {
        return (List<Long>) js(script);
    }

    /** The whole screen in one picture: the window as tall as the page for a moment. */
    private void shoot(int width, String name, String detailId) {
        if (detailId != null) {
            screenshotOf("layout-" + width + "-" + name + "-detail", By.xpath("//*[@id='" + detailId + "']/.."));
        }
        Dimension window = driver.manage().window().getSize();
        try {
            // The page may grow once it has more room (a picture that loads late): measure again until it stays
            for (int i = 0; i < 4; i++) {
                long missing = pageHeight() - ((Number) js("return window.innerHeight;")).longValue();
                int current = driver.manage().window().getSize().getHeight();
                if (missing <= 0 || current >= 8000) {
                    break;
                }
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(current + missing + 10, 8000)));
                waitForVaadin();
            }
            js("document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]').scrollTop = 0");
            waitForVaadin();
            screenshot("layout-" + width + "-" + name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** The height of the whole page: the header and all of the scrolling content area. */
    private long pageHeight() {
        return ((Number) js("""
                const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]');
                return content.scrollHeight + content.getBoundingClientRect().top;
                """)).longValue();
    }

    private long clientId(String first, String last) {
        return jdbc.queryForObject("select id from client where first_name = ? and last_name = ?", Long.class, first,
                last);
    }
}
