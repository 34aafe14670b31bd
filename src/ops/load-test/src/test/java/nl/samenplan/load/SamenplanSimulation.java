package nl.samenplan.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static nl.samenplan.load.Uidl.click;
import static nl.samenplan.load.Uidl.navigate;
import static nl.samenplan.load.Uidl.node;
import static nl.samenplan.load.Uidl.nodeOf;
import static nl.samenplan.load.Uidl.rpc;
import static nl.samenplan.load.Uidl.type;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 16: district nurses and leefcoaches on one node, in steps of concurrent users (a closed model: a user who
 * logged out is replaced by a new one), each request timed and checked, the application's heap and CPU and
 * MariaDB's CPU sampled beside it; {@link Figures} prints the table per step at the end. Started by
 * src/ops/load-test.sh, which passes the settings as system properties (load.*).
 *
 * <p>Think times (LOAD_THINK scales them): the log-in page 4-8 s (typing), a landing page 10-20 s (reading),
 * a client's file 15-30 s, back on Mijn taken 5-10 s, after gedaan 5-10 s; the leefcoach: the list 10-20 s, the
 * search results 5-10 s, the plan 15-30 s and 5-10 s of typing, after the save 5-10 s. A journey takes about
 * 50-90 s, most of it thinking.
 */
public class SamenplanSimulation extends Simulation {

    static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:18201");
    static final List<Integer> STEPS = Arrays.stream(System.getProperty("load.steps", "50").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    static final int HOLD = Integer.getInteger("load.hold", 60);
    static final int RAMP = Integer.getInteger("load.ramp", 10);
    static final double THINK = Double.parseDouble(System.getProperty("load.think", "1"));
    static final double NURSES = Double.parseDouble(System.getProperty("load.nurses", "0.34"));
    /** The client's details saved (client.saved in client_nl.properties). */
    static final String SAVED = "De gegevens zijn opgeslagen.";
    static final String FEEDERS = System.getProperty("load.feeders", "target/load-test");

    static ChainBuilder think(int minSeconds, int maxSeconds) {
        return pause(Duration.ofMillis((long) (minSeconds * 1000 * THINK)),
                Duration.ofMillis((long) (maxSeconds * 1000 * THINK)));
    }

    /** Times the request and counts it in its step (with the name), then ends the journey if it failed. */
    static ChainBuilder timed(String name, ChainBuilder request) {
        return exec(session -> session.set("t0", System.currentTimeMillis()).markAsSucceeded())
                .exec(request)
                .exec(session -> {
                    Figures.record(name, session.getLong("t0"), System.currentTimeMillis(), !session.isFailed());
                    return session;
                })
                .exitHereIfFailed();
    }

    /** The log-in page, the password (Spring Security's form, then the start page), and the role's landing page. */
    static ChainBuilder login(String landing, String landingId, String saveAs) {
        return timed("login page", Uidl.open("login page", "login", regex(nodeOf("login-form")).exists()))
                .exec(think(4, 8))
                .exec(timed("log in", exec(http("log in").post("/login")
                        .formParam("username", "#{username}").formParam("password", "samenplan")
                        .check(status().is(200)))
                        .exec(Uidl.init("start page init", ""))))
                .exec(timed("landing " + landing, exec(rpc("landing " + landing, navigate("", ""),
                        node("logout", "logout"), node(landingId, saveAs)))));
    }

    /** The log-out button: the response ends the session and sends the browser away. */
    static ChainBuilder logout() {
        return timed("log out", exec(rpc("log out", true, click("logout"),
                substring("vaadin-redirect-pending").exists())));
    }

    static final ScenarioBuilder NURSE = scenario("district nurse")
            .feed(csv(FEEDERS + "/nurses.csv").random())
            .exec(login("mijn-taken", "my-tasks", "myTasks"))
            .exec(think(10, 20))
            .exec(timed("open a client", exec(rpc("open a client", navigate("clienten/#{client}/overzicht"),
                    regex(nodeOf("client-file-name")).exists()))))
            .exec(think(15, 30))
            .exec(timed("back to Mijn taken", exec(rpc("back to Mijn taken", navigate("mijn-taken"),
                    regex(nodeOf("task-\\d+-done")).exists(),
                    regex("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"task-\\d+-done\"")
                            .findRandom().saveAs("done")))))
            .exec(think(5, 10))
            .exec(timed("gedaan", exec(rpc("gedaan", click("done"), regex(nodeOf("task-saved")).exists()))))
            .exec(session -> {
                Figures.gedaan();
                return session;
            })
            .exec(think(5, 10))
            .exec(logout());

    static final ScenarioBuilder LEEFCOACH = scenario("leefcoach")
            .feed(csv(FEEDERS + "/leefcoaches.csv").random())
            .exec(login("clienten", "client-search", "searchField"))
            .exec(think(10, 20))
            .exec(timed("search", exec(rpc("search", type("searchField", "#{surname}", "value-changed"),
                    substring("#{surname}").exists()))))
            .exec(think(5, 10))
            .exec(timed("open the plan", exec(rpc("open the plan", navigate("clienten/#{client}/plan"),
                    regex(nodeOf("plan-save")).exists()))))
            .exec(think(15, 30))
            // a change saved: the generated plans break the plan rules (agreements without who and why), so every
            // plan save is refused; the leefcoach saves a change in the client's details instead
            .exec(timed("open the details", exec(rpc("open the details", navigate("clienten/#{client}/gegevens"),
                    node("client-important-to-me", "important"), node("client-save", "save")))))
            .exec(think(5, 10))
            .exec(timed("type a change", exec(rpc("type a change", type("important",
                    "Zelf boodschappen doen (belastingtest #{username})", "change")))))
            .exec(think(2, 5))
            .exec(timed("save the change", exec(rpc("save the change", click("save"),
                    substring(SAVED).exists()))))
            .exec(think(5, 10))
            .exec(logout());

    static List<ClosedInjectionStep> steps(double share) {
        List<ClosedInjectionStep> profile = new ArrayList<>();
        int previous = 0;
        for (int users : STEPS) {
            int from = (int) Math.round(previous * share);
            int to = (int) Math.round(users * share);
            profile.add(rampConcurrentUsers(from).to(to).during(Duration.ofSeconds(RAMP)));
            profile.add(constantConcurrentUsers(to).during(Duration.ofSeconds(HOLD)));
            previous = users;
        }
        return profile;
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("nl-NL,nl;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Samenplan load test").acceptEncodingHeader("gzip");
        long totalSeconds = (long) STEPS.size() * (HOLD + RAMP);
        Figures.schedule(STEPS, HOLD, RAMP);
        setUp(NURSE.injectClosed(steps(NURSES)), LEEFCOACH.injectClosed(steps(1 - NURSES)))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(totalSeconds + 60));
    }

    @Override
    public void before() {
        Figures.start();
    }

    @Override
    public void after() {
        Figures.finish();
    }
}
