package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two Samenplan nodes behind nginx on one MariaDB server, started by {@code src/ops/two-nodes.sh} (Debian's
 * mariadb-server and nginx, the prod profile, the second factor required). The first administrator logs in through
 * nginx (setting up the second factor that production demands of her), adds a team, and the node that served her
 * (nginx's route cookie) is killed. Her next action brings her to the log-in page on the other node, since Vaadin
 * sessions are not replicated; the team name she was typing then is lost, and after logging in again (password and
 * code) the team she saved is there.
 *
 * <p>The nodes run from the compiled class path in Vaadin's development mode (the production frontend exists only in
 * the production jar, which the test run does not build); {@code -Dsamenplan.two-nodes.jar=target/…jar} runs them
 * from a production jar instead. Skips itself when mariadbd or nginx is not installed.
 */
class TwoNodesBrowserTest extends PageReading {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path RUN_DIR = PROJECT.resolve("target/two-nodes-test");
    private static final String ADMIN = "beheer";
    private static final String PASSWORD = "Twee-knopen-proef-2026";
    private static final Duration TIMEOUT = Duration.ofSeconds(40);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private Process topology;
    private int basePort;
    private ChromeDriverService service;
    private Path profileDir;

    @BeforeEach
    void startTwoNodesAndABrowser() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/mariadbd")) && Files.isExecutable(Path.of("/usr/sbin/nginx")),
                "The two-node test needs Debian's mariadb-server and nginx (mariadbd and nginx in /usr/sbin), which are"
                        + " not installed: apt-get install -y mariadb-server nginx (.ci/run does this)");
        if (!Files.isExecutable(BrowserTestBase.CHROMIUM) || !Files.isExecutable(BrowserTestBase.CHROMEDRIVER)) {
            fail("The browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        }
        deleteRecursively(RUN_DIR);
        Files.createDirectories(RUN_DIR);
        basePort = freeBasePort();
        ProcessBuilder builder = new ProcessBuilder("bash", "src/ops/two-nodes.sh", "start", RUN_DIR.toString())
                .directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(RUN_DIR.resolve("runner.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("TWO_NODES_BASE_PORT", Integer.toString(basePort));
        env.put("SAMENPLAN_ADMIN_USERNAME", ADMIN);
        env.put("SAMENPLAN_ADMIN_PASSWORD", PASSWORD);
        // short-lived nodes on two shared cores: the quick compiler only starts them sooner
        env.put("JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError");
        String jar = System.getProperty("samenplan.two-nodes.jar", "");
        if (jar.isBlank()) {
            env.remove("SAMENPLAN_JAR");
            env.put("SAMENPLAN_CLASSPATH", PROJECT.resolve("target/classes") + File.pathSeparator
                    + Files.readString(PROJECT.resolve("target/runtime-classpath.txt")).trim());
        } else {
            env.put("SAMENPLAN_JAR", Path.of(jar).toAbsolutePath().toString());
        }
        long started = System.nanoTime();
        topology = builder.start();
        awaitReady();
        System.out.printf("Two nodes behind nginx started in %d s%n", seconds(started));

        profileDir = Files.createTempDirectory("samenplan-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTestBase.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profileDir);
        service = new ChromeDriverService.Builder().usingDriverExecutable(BrowserTestBase.CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(new File("target/chromedriver-two-nodes.log")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
    }

    @Test
    void a_user_whose_node_dies_logs_in_again_on_the_other_node_and_finds_what_she_saved() throws Exception {
        long started = System.nanoTime();
        logIn();
        waitUntil("the set-up of the second factor that production asks of the beheerder",
                d -> d.getCurrentUrl().endsWith("/inloggen/stap"));
        String secret = fieldText(scrollTo(By.id("second-factor-secret"))).replace(" ", "");
        long enrolmentStep = TotpCodes.stepNow();
        type("second-factor-code", TotpCodes.codeAt(secret, enrolmentStep));
        click("second-factor-confirm");
        click("step-continue");
        waitUntil("the beheerder's own page", d -> d.getCurrentUrl().endsWith("/beheer/gebruikers"));

        String first = nodeCookie();
        assertThat(first).as("the node that served the log-in, from nginx's route cookie").isIn("a", "b");
        open("/beheer/teams");
        type("team-name", "Team Twee Knopen");
        type("team-area", "Noorderdorp");
        click("team-add");
        WebElement teams = waitForVisible(By.id("team-grid"));
        waitUntil("the new team in the list", d -> visibleCellTexts(teams).contains("Team Twee Knopen"));
        assertThat(nodeCookie()).as("sticky: the whole session on one node").isEqualTo(first);
        screenshot("two-nodes-saved-on-" + first);
        assertEveryRequestWithTheRouteCookieWentToItsNode();

        long killed = System.nanoTime();
        script("kill-node", first);
        // the next action, on a page of the dead node: a team name typed and added
        try {
            WebElement name = scrollTo(By.id("team-name")).findElement(By.cssSelector("input"));
            name.sendKeys("Team Niet Bewaard", Keys.TAB);
            driver.findElement(By.id("team-add")).click();
        } catch (WebDriverException reloadedMeanwhile) {
            // the page may already be on its way to the log-in page
        }
        new WebDriverWait(driver, TIMEOUT).ignoring(WebDriverException.class)
                .withMessage("the log-in page on the other node after the node died")
                .until(d -> d.getCurrentUrl().contains("/login"));
        waitForVaadin();
        long failover = System.nanoTime();
        String second = nodeCookie();
        assertThat(second).as("the other node answers now").isIn("a", "b").isNotEqualTo(first);
        assertThat(waitForVisible(By.id("login-form")).isDisplayed()).isTrue();
        assertThat(waitForVisible(By.id("login-session-note")).getText()).as("told why, in Dutch")
                .contains("Uw sessie is beëindigd");
        screenshot("two-nodes-log-in-again-on-" + second);

        logIn();
        waitUntil("the code step", d -> d.getCurrentUrl().endsWith("/inloggen/stap"));
        // a code is never accepted twice: the period after the enrolment's (within the drift allowed) or now
        type("step-code", TotpCodes.codeAt(secret, Math.max(TotpCodes.stepNow(), enrolmentStep + 1)));
        click("step-submit");
        waitUntil("the beheerder's own page", d -> d.getCurrentUrl().endsWith("/beheer/gebruikers"));
        open("/beheer/teams");
        WebElement after = waitForVisible(By.id("team-grid"));
        waitUntil("the list of teams", d -> !visibleCellTexts(after).isEmpty());
        assertThat(visibleCellTexts(after)).as("saved before the node died").contains("Team Twee Knopen", "Noorderdorp")
                .as("typed but never saved").doesNotContain("Team Niet Bewaard");
        assertThat(nodeCookie()).isEqualTo(second);
        screenshot("two-nodes-after-on-" + second);
        System.out.printf("Node %s killed; the log-in page of node %s after %d ms; the whole journey %d s%n", first,
                second, (failover - killed) / 1_000_000, seconds(started));
    }

    @AfterEach
    void stopEverything() throws Exception {
        try {
            if (driver != null) {
                driver.quit();
            }
            if (service != null) {
                service.stop();
            }
        } finally {
            driver = null;
            deleteRecursively(profileDir);
            if (topology != null) {
                script("stop", null);
                topology.destroy();
                if (!topology.waitFor(2, TimeUnit.MINUTES)) {
                    topology.destroyForcibly();
                }
                System.out.println("The run of src/ops/two-nodes.sh:\n" + tail(RUN_DIR.resolve("runner.log"), 40));
            }
        }
    }

    // -------------------------------------------------------------------------------------------- topology

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Path log = RUN_DIR.resolve("runner.log");
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains("two-nodes: ready")) {
                return;
            }
            if (!topology.isAlive()) {
                fail("src/ops/two-nodes.sh stopped before it was ready:\n" + text + "\nnode a:\n"
                        + tail(RUN_DIR.resolve("node-a.log"), 30) + "\nnode b:\n" + tail(RUN_DIR.resolve("node-b.log"), 30));
            }
            Thread.sleep(500);
        }
        fail("src/ops/two-nodes.sh not ready within " + START_TIMEOUT + ":\n" + tail(log, 40));
    }

    private void script(String command, String node) throws Exception {
        List<String> args = node == null ? List.of("bash", "src/ops/two-nodes.sh", command, RUN_DIR.toString())
                : List.of("bash", "src/ops/two-nodes.sh", command, RUN_DIR.toString(), node);
        ProcessBuilder builder = new ProcessBuilder(args).directory(PROJECT.toFile()).redirectErrorStream(true);
        builder.environment().put("TWO_NODES_BASE_PORT", Integer.toString(basePort));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(command + " ends").isTrue();
        assertThat(process.exitValue()).as(command + ": " + output).isZero();
    }

    /** nginx's access log: every request that came with the route cookie of a node was answered by that node. */
    private void assertEveryRequestWithTheRouteCookieWentToItsNode() throws IOException {
        List<String> routed = Files.readAllLines(RUN_DIR.resolve("nginx/logs/access.log")).stream()
                .filter(line -> line.matches(".* node_cookie=[ab] .*")).toList();
        assertThat(routed).as("requests that carried the route cookie").hasSizeGreaterThan(5);
        assertThat(routed).allSatisfy(line -> assertThat(line).contains(
                "upstream=127.0.0.1:" + (basePort + (line.contains("node_cookie=a ") ? 1 : 2)) + " "));
    }

    /** A base port in 18000-18099 with itself and the three after it free (nginx, node a, node b, MariaDB). */
    private static int freeBasePort() {
        for (int base = 18000; base <= 18096; base += 4) {
            int candidate = base;
            if (Stream.of(0, 1, 2, 3).allMatch(offset -> isFree(candidate + offset))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no four free ports in 18000-18099");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    // --------------------------------------------------------------------------------------------- browser

    private void logIn() {
        open("/login");
        WebElement form = waitForVisible(By.id("login-form"));
        WebElement user = waitUntil("the username field",
                ExpectedConditions.elementToBeClickable(form.findElement(By.cssSelector("input[name=username]"))));
        user.sendKeys(ADMIN);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
        waitUntil("the log-in form to be sent", d -> !d.getCurrentUrl().endsWith("/login"));
        waitForVaadin();
    }

    private String nodeCookie() {
        Cookie cookie = driver.manage().getCookieNamed("SAMENPLAN_NODE");
        return cookie == null ? null : cookie.getValue();
    }

    private void open(String path) {
        driver.get("http://127.0.0.1:" + basePort + path);
        waitForVaadin();
    }

    @Override
    protected void waitForVaadin() {
        waitUntil("Vaadin to finish its round trips", d -> Boolean.TRUE.equals(js("""
                if (document.readyState !== 'complete') return false;
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) return false;
                const clients = Object.values(flow.clients);
                return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive());
                """)));
    }

    @Override
    protected <T> T waitUntil(String awaited, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).withMessage("waiting for " + awaited).until(condition);
    }

    @Override
    protected WebElement scrollTo(By by) {
        WebElement element = waitUntil(by + " on the page", ExpectedConditions.presenceOfElementLocated(by));
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        return waitUntil(by + " visible", ExpectedConditions.visibilityOf(element));
    }

    private WebElement waitForVisible(By by) {
        return waitUntil(by + " visible", ExpectedConditions.visibilityOfElementLocated(by));
    }

    @Override
    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(BrowserTestBase.SCREENSHOTS);
        Files.write(BrowserTestBase.SCREENSHOTS.resolve(name + ".png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    // ------------------------------------------------------------------------------------------------ misc

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }

    private static String tail(Path file, int lines) throws IOException {
        if (!Files.exists(file)) {
            return "(no " + file + ")";
        }
        List<String> all = Files.readAllLines(file);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
