package nl.samenplan.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.samenplan.security.Role;
import nl.samenplan.testsupport.region.RegionDatabase;
import nl.samenplan.testsupport.region.RegionSize;
import org.junit.jupiter.api.Test;

/**
 * Retained heap per logged-in UI, measured from outside: N sessions per role log in over real HTTP
 * ({@link VaadinHttpUser}: the form log-in with its CSRF token, the landing page's bootstrap, UI init and navigation, as
 * Chromium does), stay open, and the serving JVM's heap after full GCs ({@link ClassHistogram}) is compared with the
 * heap before: (after - before) / N per role, with the 15 classes that grew most.
 * <ul>
 * <li>{@code -Dsamenplan.memory.mode=production} (default): the production jar (target/samenplan-*.jar, built with
 * {@code mvn -Pproduction -DskipTests package}) with the prod profile and the second factor switched off by a run
 * argument, on a MariaDB server of its own (Debian's mariadbd, throw-away data in target/session-memory) holding a
 * small generated region (scale 0.01: 2 teams) plus a vrijwilliger per team, a beheerder and a privacy officer;
 * the sessions go round the region's accounts of the role.</li>
 * <li>{@code -Dsamenplan.memory.mode=development}: the README's run command (demo data, demo accounts, several sessions
 * each); {@code -Dsamenplan.memory.tracker=false} adds {@code -Dvaadin.devmode.componentTracker.enabled=false}.</li>
 * </ul>
 * {@code -Dsamenplan.memory.sessions} (default 100 in production, 20 in development) per role,
 * {@code -Dsamenplan.memory.roles=LEEFCOACH,MANAGER} for some roles only. Ports 18100-18119. Writes
 * target/benchmarks/session-memory-&lt;mode&gt;.txt.
 */
class SessionMemoryBenchmark {

    private static final int APP_PORT = 18101;
    private static final int DB_PORT = 18103;
    private static final int MANAGEMENT_PORT = 18104;
    private static final Duration HEARTBEAT_EVERY = Duration.ofMinutes(4); // Vaadin's interval here is 5 min
    private static final Map<Role, String> DEMO_ACCOUNTS = Map.of(Role.LEEFCOACH, "leefcoach", Role.DORPSREGISSEUR,
            "dorpsregisseur", Role.WIJKVERPLEEGKUNDIGE, "wijkverpleegkundige", Role.VRIJWILLIGERSCOORDINATOR,
            "coordinator", Role.VRIJWILLIGER, "vrijwilliger", Role.MANAGER, "manager", Role.BEHEERDER, "beheerder",
            Role.PRIVACY, "privacy");

    private final List<VaadinHttpUser> open = new ArrayList<>();
    private long lastHeartbeat = System.nanoTime();

    @Test
    void every_role_keeps_its_logged_in_ui_small() throws Exception {
        String mode = System.getProperty("samenplan.memory.mode", "production");
        boolean production = mode.equals("production");
        boolean tracker = Boolean.parseBoolean(System.getProperty("samenplan.memory.tracker", "true"));
        int sessions = Integer.getInteger("samenplan.memory.sessions", production ? 100 : 20);
        List<Role> roles = roles();
        String base = "http://127.0.0.1:" + APP_PORT;
        StringBuilder report = new StringBuilder();
        String name = production ? "production" : "development" + (tracker ? "" : "-no-tracker");
        try (BenchServers servers = new BenchServers(Path.of("target", "session-memory"))) {
            Map<Role, List<String>> accounts = new LinkedHashMap<>();
            Process app;
            long started = System.nanoTime();
            if (production) {
                Path jar = productionJar();
                String url = servers.startMariaDb(DB_PORT);
                DataSource db = generateRegion(url);
                roles.forEach(role -> accounts.put(role, usernames(db, role)));
                started = System.nanoTime();
                app = servers.startProductionJar(jar, APP_PORT, MANAGEMENT_PORT, url, "1g");
            } else {
                roles.forEach(role -> accounts.put(role, List.of(DEMO_ACCOUNTS.get(role))));
                app = servers.startDevelopmentMode(APP_PORT, "-Xmx2g"
                        + (tracker ? "" : " -Dvaadin.devmode.componentTracker.enabled=false"));
            }
            BenchServers.awaitReady(base, app, Duration.ofMinutes(5));
            long pid = BenchServers.applicationPid(app);
            report.append(String.format("Session memory, %s (%s), pid %d, ready after %.1f s; %d sessions per role;"
                    + " load %s at the start%n", name, production ? "production jar, prod profile, second factor"
                    + " off by run argument" : "README run command" + (tracker ? "" : ", component tracker off"),
                    pid, (System.nanoTime() - started) / 1e9, sessions, RegionGeneratorBenchmark.loadAverage()));
            for (Role role : roles) { // warm-up: classes loaded, caches filled, before anything is counted
                for (int i = 0; i < 3; i++) {
                    logIn(base, role, accounts.get(role).get(i % accounts.get(role).size()));
                }
            }
            Map<Role, Long> perUi = new LinkedHashMap<>();
            for (Role role : roles) {
                ClassHistogram before = ClassHistogram.of(pid);
                long begin = System.nanoTime();
                int pageBytes = 0;
                for (int i = 0; i < sessions; i++) {
                    pageBytes = logIn(base, role, accounts.get(role).get(i % accounts.get(role).size()));
                    keepAlive();
                }
                double seconds = (System.nanoTime() - begin) / 1e9;
                ClassHistogram after = ClassHistogram.of(pid);
                long bytes = (after.totalBytes() - before.totalBytes()) / sessions;
                perUi.put(role, bytes);
                report.append(String.format("%n%s (landing page %s, %,d bytes of UIDL): %,d bytes = %.1f kB per"
                        + " logged-in UI (heap after GC %,d -> %,d bytes; %d log-ins in %.1f s; load %s)%n", role,
                        role.landingRoute(), pageBytes, bytes, bytes / 1024.0, before.totalBytes(),
                        after.totalBytes(), sessions, seconds, RegionGeneratorBenchmark.loadAverage()));
                report.append(after.topGrowth(before, 15, sessions));
                System.out.print(report.substring(report.lastIndexOf("\n" + role + " (") + 1));
            }
            report.append("\nSummary, kB per logged-in UI (target <= 100 kB in production mode):\n");
            perUi.forEach((role, bytes) -> report.append(String.format("  %-26s %,8.1f%n", role, bytes / 1024.0)));
            report.append("Load at the end: ").append(RegionGeneratorBenchmark.loadAverage()).append('\n');
        } finally {
            Files.createDirectories(Path.of("target", "benchmarks"));
            Files.writeString(Path.of("target", "benchmarks", "session-memory-" + name + ".txt"), report);
            System.out.println("\n" + report.substring(Math.max(0, report.indexOf("Summary"))));
        }
    }

    /** One more session of the account, logged in and on its landing page; the size of the page's UIDL. */
    private int logIn(String base, Role role, String username) throws Exception {
        VaadinHttpUser user = new VaadinHttpUser(base);
        String page = user.logInAndOpenLandingPage(username, "samenplan");
        assertTrue(page.contains(role.landingRoute()), username + " did not land on " + role.landingRoute());
        assertTrue(!user.loginPageLeftOpen(), username + ": the log-in page's UI was still open after the log-in");
        open.add(user);
        Files.writeString(Path.of("target", "session-memory", role.name().toLowerCase() + "-landing-uidl.json"), page);
        return page.length();
    }

    /** Every open UI sends its heartbeat before Vaadin would count it as gone. */
    private void keepAlive() throws Exception {
        if (System.nanoTime() - lastHeartbeat > HEARTBEAT_EVERY.toNanos()) {
            for (VaadinHttpUser user : open) {
                user.heartbeat();
            }
            lastHeartbeat = System.nanoTime();
        }
    }

    private static List<Role> roles() {
        String wanted = System.getProperty("samenplan.memory.roles", "");
        return wanted.isBlank() ? List.of(Role.values())
                : java.util.Arrays.stream(wanted.split(",")).map(String::strip).map(Role::valueOf).toList();
    }

    private static Path productionJar() throws Exception {
        try (var jars = Files.list(Path.of("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("samenplan-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No production jar in target: build it first with"
                            + " mvn -Pproduction -DskipTests package"));
        }
    }

    /** A small region (2 teams), plus the roles the generator leaves out: a vrijwilliger per team, beheerder, privacy. */
    private static DataSource generateRegion(String url) throws Exception {
        RegionDatabase region = RegionDatabase.of(url, "samenplan", BenchServers.DB_PASSWORD);
        region.migrate();
        if (!usernames(region.dataSource(), Role.PRIVACY, false).isEmpty()) {
            return region.dataSource(); // generated by an earlier run
        }
        region.ensure(RegionSize.scaled(0.01, 0.001, 42), LocalDate.now());
        try (Connection c = region.dataSource().getConnection(); Statement s = c.createStatement()) {
            String hash = "(SELECT password_hash FROM (SELECT password_hash FROM app_user LIMIT 1) h)";
            s.execute("INSERT INTO app_user (username, password_hash, display_name, role, team_id, active, created_at)"
                    + " SELECT CONCAT(LEFT(u.username, 8), '.vrijwilliger1'), u.password_hash, CONCAT('Vrijwilliger ',"
                    + " t.name), 'VRIJWILLIGER', t.id, 1, NOW() FROM team t JOIN app_user u ON u.team_id = t.id"
                    + " AND u.username LIKE '%.leefcoach1'");
            s.execute("UPDATE volunteer v JOIN app_user u ON u.team_id = v.team_id AND u.role = 'VRIJWILLIGER'"
                    + " SET v.user_id = u.id WHERE v.id = (SELECT MIN(id) FROM volunteer w WHERE w.team_id = v.team_id)");
            s.execute("INSERT INTO app_user (username, password_hash, display_name, role, active, created_at) VALUES"
                    + " ('regio.beheerder1', " + hash + ", 'Beheerder regio', 'BEHEERDER', 1, NOW()),"
                    + " ('regio.privacy1', " + hash + ", 'Privacyfunctionaris regio', 'PRIVACY', 1, NOW())");
        }
        return region.dataSource();
    }

    private static List<String> usernames(DataSource db, Role role) {
        return usernames(db, role, true);
    }

    private static List<String> usernames(DataSource db, Role role, boolean required) {
        List<String> names = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT username FROM app_user WHERE role = '" + role.name()
                        + "' ORDER BY id")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        if (names.isEmpty() && required) {
            throw new IllegalStateException("No account with the role " + role);
        }
        return names;
    }
}
