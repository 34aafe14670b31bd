package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.testsupport.PdfContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journey of the access report: the leefcoach opens a client's plan; then the privacy officer finds
 * that client, opens the access report, sees the leefcoach's visit of a minute ago, and downloads the report as a
 * PDF in plain Dutch.
 */
class PrivacyOfficerReportBrowserTest extends BrowserTestBase {

    private static final Pattern WHEN = Pattern.compile("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}:\\d{2}");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_privacy_officer_sees_the_leefcoachs_visit_of_a_minute_ago_in_the_access_report_and_its_pdf()
            throws IOException {
        long clientId = jdbc.queryForObject("select id from client where first_name = 'Aaltje' "
                + "and last_name = 'Hoekstra'", Long.class);
        Instant visit = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        // The leefcoach opens Aaltje's plan
        logIn("leefcoach", "samenplan");
        open("/clienten/" + clientId + "/plan");
        waitForVisible(By.id("plan-status"));
        screenshot("privacy-report-01-leefcoach-plan");

        // The privacy officer, in a browser of her own, lands on her page and finds Aaltje in every team
        driver = secondBrowser();
        logIn("privacy", "samenplan");
        waitUntil("the privacy page (/privacy)", d -> d.getCurrentUrl().endsWith("/privacy"));
        WebElement grid = scrollTo(By.id("privacy-client-grid"));
        waitForVisible(By.id("privacy-client-search")).findElement(By.cssSelector("input")).sendKeys("Hoekstra");
        waitUntil("Aaltje Hoekstra in the search result", d -> visibleCellTexts(grid).contains("Aaltje Hoekstra"));
        screenshot("privacy-report-02-search");
        WebElement link = waitUntil("the link to Aaltje's report", d -> d.findElements(
                        By.cssSelector("#privacy-client-grid a.row-link")).stream()
                .filter(a -> a.getText().contains("Aaltje Hoekstra")).findFirst().orElse(null));
        link.click();

        // The report: the leefcoach's visit, by name and username, a minute ago
        waitUntil("the access report", d -> d.getCurrentUrl().endsWith("/clienten/" + clientId + "/inzage"));
        assertThat(waitForVisible(By.id("report-title")).getText())
                .isEqualTo("Wie heeft het dossier van Aaltje Hoekstra ingezien?");
        WebElement report = scrollTo(By.id("report-grid"));
        List<String> cells = waitUntil("the leefcoach's visit in the report", d -> {
            List<String> texts = visibleCellTexts(report);
            boolean who = texts.stream().anyMatch(t -> t.contains("Sanne Mulder (leefcoach)"));
            boolean what = texts.stream().anyMatch(t -> t.startsWith("Plan bekeken") || t.startsWith("Dossier geopend"));
            return who && what ? texts : null;
        });
        assertThat(cells).as("a line from the minute of the visit").anyMatch(t -> recent(t, visit));
        screenshot("privacy-report-03-report");

        // The PDF of the report, fetched with the officer's own session
        Download pdf = fetchWithSession(scrollTo(By.id("report-pdf")).getDomProperty("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        Files.write(SCREENSHOTS.resolve("privacy-report.pdf"), pdf.bytes());
        String text = PdfContent.text(pdf.bytes());
        assertThat(text).contains("Wie heeft het dossier van Aaltje Hoekstra ingezien?", "Uw rechten",
                "artikel 15 van de AVG", "(leefcoach)");
        assertThat(text).containsAnyOf("Plan bekeken", "Dossier geopend");
    }

    /** Whether the cell is a time in Amsterdam from the visit's minute up to now. */
    private static boolean recent(String cell, Instant visit) {
        Matcher m = WHEN.matcher(cell);
        if (!m.matches()) {
            return false;
        }
        Instant at = LocalDateTime.parse(m.group(), FORMAT).atZone(TimeConfig.ZONE).toInstant();
        return !at.isBefore(visit.minus(1, ChronoUnit.MINUTES)) && !at.isAfter(Instant.now());
    }
}
