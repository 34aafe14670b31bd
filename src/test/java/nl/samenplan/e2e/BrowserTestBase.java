package nl.samenplan.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.samenplan.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser tests: the whole application on a random port (with the embedded MariaDB and the demo
 * data of the default profile) driven by Debian's headless Chromium through its chromedriver.
 *
 * <p>Both binaries are named explicitly, so Selenium Manager never tries to download a browser or a
 * driver. When they are missing the test fails (it does not skip): CI installs them (see .ci/run).
 *
 * <p>Every test gets a fresh browser with an empty temporary profile. Waits are generous because the
 * first page of a Vaadin application in development mode can take a while.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.test.context.ActiveProfiles("demo")
public abstract class BrowserTestBase extends PageReading {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    private ChromeDriverService service;
    private Path profileDir;

    /** Runs before {@code @AfterEach}, while the browser is still open: keep evidence of a failure. */
    @RegisterExtension
    final AfterTestExecutionCallback evidenceOnFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            String name = "FAILED-" + getClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                screenshot(name);
                Files.writeString(SCREENSHOTS.resolve(name + ".txt"), "URL: " + driver.getCurrentUrl() + "\n\n"
                        + deepHtml(), StandardCharsets.UTF_8);
            } catch (RuntimeException | IOException e) {
                System.err.println("Could not save the evidence of the failure: " + e);
            }
        }
    };

    /** Fails (never skips) before the application is started when the browser is not installed. */
    @BeforeAll
    static void browserIsInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ", but they are missing. Install them with: apt-get install -y chromium chromium-driver"
                    + " (.ci/run does this).");
        }
    }

    @BeforeEach
    void startBrowser() throws IOException {
        first = newBrowser();
        driver = first;
    }

    private WebDriver first;

    /**
     * A second browser of its own (own profile, so its own session), for a second person at the same
     * time; the test switches between them by setting {@link #driver}. Closed after the test.
     */
    protected WebDriver secondBrowser() throws IOException {
        WebDriver second = newBrowser();
        others.add(second);
        return second;
    }

    private final List<WebDriver> others = new java.util.ArrayList<>();
    private final List<Path> profiles = new java.util.ArrayList<>();

    private WebDriver newBrowser() throws IOException {
        profileDir = Files.createTempDirectory("samenplan-chromium-");
        profiles.add(profileDir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profileDir);
        // An English browser on purpose: Samenplan must be Dutch whatever language the browser asks for.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));

        Files.createDirectories(Path.of("target"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        if (this.service == null) {
            this.service = service;
        } else {
            services.add(service);
        }
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
        return browser;
    }

    private final List<ChromeDriverService> services = new java.util.ArrayList<>();

    @AfterEach
    void stopBrowser() {
        try {
            if (first != null) {
                first.quit();
            }
            others.forEach(WebDriver::quit);
        } finally {
            driver = null;
            first = null;
            others.clear();
            if (service != null) {
                service.stop();
                service = null;
            }
            services.forEach(ChromeDriverService::stop);
            services.clear();
            profiles.forEach(BrowserTestBase::deleteQuietly);
            profiles.clear();
        }
    }

    // ---------------------------------------------------------------------------------------- navigation

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page of the application and waits until Vaadin has rendered it and is idle. */
    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    /**
     * Waits until the page is loaded, Vaadin's client has started, no server round trip is pending and
     * Vaadin's loading bar is gone (else it shows up in the screenshots).
     */
    protected void waitForVaadin() {
        waitUntil("Vaadin to finish loading and its server round trips", d -> Boolean.TRUE.equals(js("""
                        if (document.readyState !== 'complete') return false;
                        const indicator = document.querySelector('.v-loading-indicator');
                        if (indicator && indicator.style.display !== 'none') return false;
                        const flow = window.Vaadin && window.Vaadin.Flow;
                        if (!flow || !flow.clients) return false;
                        const clients = Object.values(flow.clients);
                        return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive());
                        """)));
    }

    /** Logs in through the Dutch login form (a {@code vaadin-login-form} that posts to /login). */
    protected void logIn(String username, String password) {
        open("/login");
        WebElement form = waitForVisible(By.id("login-form"));
        WebElement user = waitUntil("the username field of the login form",
                ExpectedConditions.elementToBeClickable(form.findElement(By.cssSelector("input[name=username]"))));
        user.clear();
        user.sendKeys(username);
        WebElement pass = form.findElement(By.cssSelector("input[name=password]"));
        pass.clear();
        pass.sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        // The form is posted the classic way: wait until the browser has left the login page or the
        // login page has come back with ?error.
        waitUntil("the login form to be sent", d -> {
            String current = d.getCurrentUrl();
            return !current.endsWith("/login") || current.contains("error");
        });
        waitForVaadin();
    }

    // ------------------------------------------------------------------------------------------ reading

    /**
     * Waits up to {@link #TIMEOUT} until the condition gives something other than null or false; on
     * timeout the failure says what was awaited.
     */
    protected <T> T waitUntil(String awaited, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).withMessage("waiting for " + awaited).until(condition);
    }

    protected WebElement waitForVisible(By by) {
        return waitUntil(by + " to be visible", ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the element is there, scrolls it to the middle of its scrolling container and waits
     * until it is visible. (Selenium counts an element scrolled out above the layout's scrolling content
     * area as hidden.)
     */
    protected WebElement scrollTo(By by) {
        WebElement element = waitUntil(by + " to be on the page", ExpectedConditions.presenceOfElementLocated(by));
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        return waitUntil(by + " to be visible", ExpectedConditions.visibilityOf(element));
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    // ------------------------------------------------------------------------------------------ evidence

    /** Saves a screenshot of the browser window as target/screenshots/{name}.png. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        }
    }

    /** Scrolls the element to the top of the window, then saves a screenshot of the window. */
    protected Path screenshotAt(String name, By by) {
        js("arguments[0].scrollIntoView({block: 'start'})", scrollTo(by));
        waitForVaadin();
        return screenshot(name);
    }

    /**
     * Saves a screenshot of one element, all of it: when it is taller than the window, the window is
     * made taller for the picture and then given its size back.
     */
    protected Path screenshotOf(String name, By by) {
        Dimension window = driver.manage().window().getSize();
        try {
            WebElement element = scrollTo(by);
            long missing = ((Number) js("return Math.ceil(arguments[0].getBoundingClientRect().height)"
                    + " - window.innerHeight + 120;", element)).longValue();
            if (missing > 0) {
                driver.manage().window().setSize(new Dimension(window.getWidth(), window.getHeight() + (int) missing));
                waitForVaadin();
                js("arguments[0].scrollIntoView({block: 'center'})", element);
            }
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, element.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** The page's HTML with the shadow roots written out, for reading after a failure. */
    private String deepHtml() {
        return (String) js("""
                const dump = node => {
                  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
                  if (node.nodeType !== Node.ELEMENT_NODE) return '';
                  if (['SCRIPT', 'STYLE'].includes(node.tagName)) return '';
                  const attrs = Array.from(node.attributes).map(a => ` ${a.name}="${a.value}"`).join('');
                  const tag = node.tagName.toLowerCase();
                  const shadow = node.shadowRoot
                      ? '<#shadow-root>' + Array.from(node.shadowRoot.childNodes).map(dump).join('') + '</#shadow-root>'
                      : '';
                  return `<${tag}${attrs}>${shadow}${Array.from(node.childNodes).map(dump).join('')}</${tag}>`;
                };
                return dump(document.documentElement);
                """);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | RuntimeException e) {
            // a leftover temporary profile is harmless
        }
    }
}
